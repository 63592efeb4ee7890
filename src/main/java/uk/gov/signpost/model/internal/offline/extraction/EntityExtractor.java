package uk.gov.signpost.model.internal.offline.extraction;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.model.PlaceResolver;

/**
 * Finds the facts a person states in free text, with rules and no language model, so that offline mode can fill
 * a guided flow's slots from "I'm 34, live in Cardiff, work 10 hours a week and have two kids aged 3 and 6".
 * Keys are the entity names flows derive slots from; values are JSON-friendly ({@code Integer}, {@code String},
 * {@code Boolean}, {@code java.math.BigDecimal}, {@code java.util.List}).
 *
 * <table>
 * <caption>Entities</caption>
 * <tr><th>Entity</th><th>Type</th><th>Read by</th></tr>
 * <tr><td>{@code age}</td><td>Integer, 16 to 120</td><td>{@link AgeRule}, a date of birth in {@link DateRule}</td></tr>
 * <tr><td>{@code nation}</td><td>england, wales, scotland, northern-ireland</td><td>the {@link PlaceResolver}</td></tr>
 * <tr><td>{@code postcode}, {@code postcode_district}</td><td>String, "CF10 1AA", "CF10"</td>
 * <td>{@link PostcodeRule}</td></tr>
 * <tr><td>{@code hours_per_week}</td><td>BigDecimal</td><td>{@link HoursRule}</td></tr>
 * <tr><td>{@code working}, {@code redundant}</td><td>Boolean</td><td>{@link HoursRule}, {@link WorkingRule}</td></tr>
 * <tr><td>{@code children_count}, {@code children_ages}, {@code pregnant}</td><td>Integer, List of Integer,
 * Boolean</td><td>{@link ChildrenRule}</td></tr>
 * <tr><td>{@code savings_amount}, {@code pay_amount}, {@code pay_period}</td><td>BigDecimal, BigDecimal, hour,
 * week, month or year</td><td>{@link MoneyRule}</td></tr>
 * <tr><td>{@code date}</td><td>ISO-8601 String</td><td>{@link DateRule}</td></tr>
 * <tr><td>{@code yes_no}</td><td>Boolean</td><td>{@link YesNoRule}</td></tr>
 * <tr><td>{@code disability}, {@code carer}, {@code benefits}</td><td>Boolean, Boolean, List of String</td>
 * <td>{@link CircumstanceRule}</td></tr>
 * </table>
 *
 * <p>Rules run in a fixed order and each claims the words it has understood, so that later rules cannot read
 * them again: postcodes, then dates, money, caring, hours, children, and the person's age last. That is how
 * "£25k a year" is never an age and "kids aged 3 and 6" never the person's. A short answer to the slot just
 * asked ("34" to an age question) is read last ({@link ExpectedAnswerRule}).
 *
 * <p>What it does <em>not</em> catch:
 * <ul>
 * <li>Bounds, ranges and approximations: "over 60", "nearly 67", "under £16,000", "16-20 hours", "in my
 * fifties". They are left for the flow to ask.</li>
 * <li>Facts about other people when the wording does not say whose they are. "My partner works 30 hours",
 * "my husband earns £30k" and "my mum gets pension credit" are dropped, but "we earn £30k" is read as the
 * person's, and "we're both 34" is not read at all. Only "my partner is pregnant" counts for the person, as
 * GOV.UK asks about either.</li>
 * <li>What a date is about: {@code date} is the first date named, whether the day a job ended, an interview
 * or "today".</li>
 * <li>Negation beyond a few words before the fact: "no kids", "not disabled" and "I don't work" are read;
 * "I wouldn't say I'm disabled" and sarcasm are not.</li>
 * <li>Corrections and several values of one kind ("I was 34, sorry 35"; two jobs of 10 and 8 hours; "I moved
 * from Cardiff to Leeds"): the first usually wins; for {@code working} the last statement does.</li>
 * <li>Number words above ninety-nine, money in words ("two hundred pounds"), Welsh numbers, and Welsh beyond
 * yes or no ("ydw", "nac oes"), "dw i'n 34 oed", "2 o blant", "dim plant", "gweithio", "di-waith" and
 * "beichiog". Mutated place names ("yng Nghaerdydd") are for the {@link PlaceResolver}.</li>
 * <li>Dates without a year in figures ("12/03"), which are too often "24/7"; a month and year alone ("March
 * 2025"); and "next Friday" is always the coming one.</li>
 * <li>Children with no number ("my kids"), whether the children live with the person, and grown-up children
 * whose age is not given ("my son" counts as one child).</li>
 * <li>Bare postcode districts with a one-letter area ("M1", "B2") unless the message says it is a postcode or a
 * place ("I live in M1"); and a postcode-shaped job reference without a word like "ref" before it.</li>
 * </ul>
 */
public final class EntityExtractor {

    private final PlaceResolver places;
    private final DateRule dates;

    public EntityExtractor(PlaceResolver places) {
        this(places, Clock.systemDefaultZone());
    }

    /** @param clock reads relative dates ("yesterday", "last Friday") and ages from dates of birth */
    public EntityExtractor(PlaceResolver places, Clock clock) {
        this.places = places;
        this.dates = new DateRule(clock);
    }

    /**
     * @param expecting the slot the assistant has just asked for, which helps read short answers ("34", "yes")
     * @return the entities found, by name; empty when there are none
     */
    public Map<String, Object> extract(String text, @Nullable String expecting) {
        Map<String, Object> found = new LinkedHashMap<>();
        YesNoRule.read(text).ifPresent(answer -> found.put("yes_no", answer));
        Message message = new Message(text);
        PostcodeRule.read(message, found, expecting);
        dates.read(message, found);
        MoneyRule.read(message, found);
        CircumstanceRule.read(message, found);
        HoursRule.read(message, found, expecting);
        WorkingRule.read(message, found);
        ChildrenRule.read(message, found);
        AgeRule.read(message, found);
        ExpectedAnswerRule.read(message, found, expecting);
        nation(text, found);
        return Collections.unmodifiableMap(found);
    }

    /** The nation of the postcode found, else of the place the text names ("Cardiff", "Wales", "LS6 2AB"). */
    private void nation(String text, Map<String, Object> found) {
        Object postcode = found.getOrDefault("postcode", found.get("postcode_district"));
        Optional<String> nation = postcode instanceof String code ? places.nation(code) : Optional.empty();
        nation.or(() -> places.nation(text)).ifPresent(value -> found.put("nation", value));
    }
}
