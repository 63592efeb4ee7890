package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.regex.Pattern;
import uk.gov.signpost.safety.CrisisSeverity;

/**
 * The crisis phrases as data: each is a pattern over the normalised text, with the severity and code it gives.
 * Patterns are written narrowly, with look-aheads that rule out the figurative look-alikes ("going to die if I have
 * to redo this form", "cut myself a break", "overdose of paperwork", "can't go on the course").
 */
final class CrisisRules {

    record Phrase(String code, CrisisSeverity severity, Pattern pattern) {
        Phrase {
            if (!code.matches("[a-z_]+") || severity == CrisisSeverity.NONE) {
                throw new IllegalArgumentException("A crisis phrase needs a lower_snake_case code and a severity");
            }
        }
    }

    static final String INTENT = "suicide_intent";
    static final String FEELINGS = "suicidal_feelings";
    static final String SELF_HARM = "self_harm";
    static final String DANGER = "immediate_danger";

    private static final String END = "(?=\\s*(?:$|[.!?,;:)]|and\\b|but\\b|since\\b|because\\b|cos\\b|now\\b|tonight\\b"
            + "|today\\b|lol\\b))";

    static final List<Phrase> PHRASES = List.of(
            // Suicidal intent, plans, means and goodbyes: urgent.
            urgent(INTENT, "\\bkill(?:ing|ed)? myself\\b(?! (?:laughing|trying|to get|working|over (?:this|that|it)))"),
            urgent(INTENT, "\\b(?:end|ending|take|taking|took) (?:my|my own) life\\b"),
            urgent(INTENT, "\\b(?:thinking (?:of|about)|thought about|want to|going to|planning to|decided to|ready to"
                    + "|just want to|about) end(?:ing)? it(?: all)?" + END),
            urgent(INTENT, "\\bend(?:ing)? it all\\b"),
            urgent(INTENT, "\\b(?:want|wish|ready|deserve|going|want) to die\\b(?! (?:if|of|laughing|when|for|than)\\b)"),
            urgent(INTENT, "\\bwish (?:i was|i were|i'd been|i was just) dead\\b|\\bwish i (?:wasn't|weren't|was not) "
                    + "(?:alive|here|born|around)\\b"),
            urgent(INTENT, "\\bbetter off dead\\b|\\brather be dead\\b|\\b(?:want|wish|like) to be dead\\b"),
            urgent(INTENT, "\\b(?:enough|all (?:my|the|of my)|stockpiled|saved up|a stash of) (?:pills|tablets|meds"
                    + "|medication|paracetamol)\\b(?! (?:for|prescribed|from the doctor))|\\b(?:pills|tablets|meds"
                    + "|medication) (?:all )?at once\\b"),
            urgent(INTENT, "\\b(?:step|jump|walk|throw myself) in front of (?:a|the|next|the next) (?:train|bus|lorry"
                    + "|car|tube)\\b|\\bbought a (?:rope|noose)\\b"),
            urgent(INTENT, "\\bsaying (?:my )?goodbyes\\b|\\bsay(?:ing)? (?:a last |my last )?goodbye to (?:everyone"
                    + "|my family|my kids|you all)\\b|\\b(?:finally|going to|want to) end things\\b"),
            urgent(INTENT, "\\bdon't want to (?:be alive|exist|wake up)\\b|\\bdon't want to live\\b"
                    + "(?! (?:in|at|with|near|there|on|somewhere|abroad|like that|far|close|together)\\b)"),
            urgent(INTENT, "\\boverdos(?:e|ed|ing)\\b(?! of\\b)"),
            urgent(INTENT, "\\b(?:taken|took|take|swallowed) (?:all|loads|lots|a load|a lot|a handful|a bottle|the rest)"
                    + " (?:of )?(?:my |the )?(?:pills|tablets|paracetamol)\\b|\\b(?:pills|tablets)\\b.{0,40}\\btake "
                    + "them all\\b"),
            urgent(INTENT, "\\bhow many (?:paracetamol|pills|tablets|sleeping pills).{0,40}\\b(?:die|kill|fatal|dead)\\b"),
            urgent(INTENT, "\\b(?:painless|quick|easiest|best) ways? to (?:die|kill myself|end it)\\b"),
            urgent(INTENT, "\\bhang(?:ing)? myself\\b|\\bnoose\\b|\\ba rope\\b.{0,50}\\b(?:looking at|neck|tie)\\b"),
            urgent(INTENT, "\\bjump(?:ing)? (?:off|from|in front of)\\b.{0,30}\\b(?:bridge|train|building|roof|cliff"
                    + "|car park|balcony)\\b|\\b(?:standing|stood|sat|sitting) on (?:the|a) (?:bridge|ledge|edge|roof)\\b"),
            urgent(INTENT, "\\b(?:written|writing|wrote|left) (?:my |a )?(?:suicide )?(?:notes?|letters?) "
                    + "(?:to|for) (?:my|everyone)\\b|\\bsuicide note\\b"),
            urgent(INTENT, "\\bthis is goodbye\\b|\\bgoodbye (?:everyone|forever|world)\\b"),
            urgent(INTENT, "\\b(?:not going to|won't) be (?:here|around) (?:much longer|for long|tomorrow)\\b"),
            urgent(INTENT, "\\bsleep and never wake up\\b|\\bnever wake up again\\b"),
            urgent(INTENT, "\\blife (?:isn't|is not|ain't|is no longer) worth living\\b|\\bnot worth living\\b"),
            urgent(INTENT, "\\bsuicid(?:e|al)\\b"),
            // Indirect signs: concern.
            concern(FEELINGS, "\\bthink(?:ing)? about (?:dying|death|being dead|not being here|not waking up)\\b"),
            concern(FEELINGS, "\\bno way out\\b|\\bnothing matters anymore\\b|\\bsleep forever\\b"),
            concern(FEELINGS, "\\b(?:be around|be alive|exist|be here) anymore\\b"),
            concern(FEELINGS, "\\b(?:happier|better|easier|better off) (?:if|when|once) i(?:'m| was| were| am)? "
                    + "(?:gone|dead|not here|not around|out of the way)\\b"),
            concern(FEELINGS, "\\bno future (?:for me|for myself|ahead)\\b|\\bsee no future\\b"
                    + "|\\bdon't have a future\\b"),
            concern(FEELINGS, "\\bgiven up on (?:everything|life|myself|living)\\b|\\bdone with (?:everything|it all"
                    + "|this life|being alive)\\b"),
            concern(FEELINGS, "\\b(?:can't|don't think i can|not sure i can) carry on(?: much longer| for much longer"
                    + "| anymore)?" + END + "|\\bcarry on much longer\\b"),
            concern(FEELINGS, "\\bno point (?:to|in) (?:my life|life|living|me being here|being alive)\\b"),
            concern(FEELINGS, "\\b(?:it's all|everything is|everything's|life is|i feel|i'm|feeling) (?:so |completely "
                    + "|totally |utterly )?hopeless\\b"),
            concern(FEELINGS, "\\blife (?:is|isn't|'s|is just) not worth it\\b|\\blife isn't worth it\\b"),
            concern(FEELINGS, "\\bno point(?: in)? (?:anymore|anything|living|life|going on|carrying on|being here"
                    + "|trying anymore|in anything)\\b|\\bno point" + END.replace("(?=", "(?=\\s*(?:anymore\\b)?")),
            concern(FEELINGS, "\\bcan't (?:go on|carry on|keep going)(?: like this| anymore| living|" + END + ")"),
            concern(FEELINGS, "\\b(?:better off|happier|easier) without me\\b"),
            concern(FEELINGS, "\\b(?:i'm|i feel like|i feel) (?:just |such |only )?(?:a|such a) (?:burden|waste of space)\\b"),
            concern(FEELINGS, "\\bnothing (?:left )?to live for\\b|\\bno reason to (?:live|keep going|go on|carry on|be here)\\b"),
            concern(FEELINGS, "\\bwhat's the point (?:of|in) (?:living|life|going on|anything|being alive|me)\\b"),
            concern(FEELINGS, "\\b(?:don't|can't) see (?:a|any) way out\\b|\\bonly way out\\b"),
            concern(FEELINGS, "\\bdon't see the point (?:of|in) (?:going on|living|anything|life|carrying on)\\b"),
            concern(FEELINGS, "\\bcan't (?:do|take|handle|cope with) (?:this|it)(?: anymore)?" + END
                    + "|\\bcan't cope anymore\\b|\\bcan't cope" + END),
            concern(FEELINGS, "\\bwant (?:it|everything|it all|the pain) (?:all )?to stop\\b"),
            concern(FEELINGS, "\\bdisappear (?:forever|for good)\\b"),
            concern(FEELINGS, "\\bno one would (?:even )?(?:notice|miss me|care)\\b"),
            concern(FEELINGS, "\\bgiving away (?:my|all my) (?:things|stuff|belongings)\\b"),
            concern(FEELINGS, "\\bfeel (?:so |completely |totally |really |utterly )?(?:hopeless|trapped)\\b"),
            concern(FEELINGS, "\\btired of (?:living|being alive|life|existing)\\b"),
            concern(FEELINGS, "\\b(?:easier|better) if i (?:just )?(?:wasn't|weren't|was not|didn't exist|was gone)\\b"),
            concern(FEELINGS, "\\bdon't want to be here(?: anymore)?" + END),
            concern(FEELINGS, "\\bgive up on life\\b|\\bdone with (?:life|living)\\b|\\b(?:everything|life) is pointless\\b"),
            // Self-harm: concern.
            concern(SELF_HARM, "\\b(?:want to|feel like|going to|keep|been|started|start|urge to|thinking (?:of|about)"
                    + "|stop myself) (?:cut|cutting|hurt|hurting|harm|harming|burn|burning|hit|hitting|self-harm|self-harming)"
                    + "(?: myself| again|" + END + ")"),
            concern(SELF_HARM, "\\b(?:cut|cutting|burn|burned|burnt|burning|hit|hitting|hurt|hurting|harm|harming|"
                    + "starve|starving|punch|punching) myself\\b(?! (?:a break|some slack|off|lifting|at work|by accident|on (?:the|a)"
                    + "|cooking|shaving|accidentally|at the gym|playing)\\b)"),
            concern(SELF_HARM, "\\bi (?:keep |have been |'ve been |still |sometimes |often )?self-harm(?:ing)?\\b"
                    + "|\\bmy self-harm\\b|\\bbeen self-harming\\b|\\bi've been self-harming\\b"),
            concern(SELF_HARM, "\\burge to (?:cut|self-harm|hurt myself)\\b|\\bstarted cutting\\b|\\bcut(?:ting)? again\\b"
                    + "|\\bcovered in (?:cuts|scars|burns)\\b|\\bcuts? (?:i made|i did)\\b"),
            concern(SELF_HARM, "\\b(?:punch|hit|bang)\\w* (?:the )?(?:walls?|my head)\\b.{0,40}\\bbleed|\\buntil my "
                    + "(?:hands|knuckles|arms|skin) bleed"),
            concern(SELF_HARM, "\\b(?:scratch|cut|pick)\\w* (?:at )?my (?:arms|legs|wrists|skin)\\b.{0,20}\\bbleed"),
            // Immediate danger from someone else: urgent.
            urgent(DANGER, "\\bthreaten(?:ed|ing|s)? to (?:kill|hurt|stab|hit|harm|beat) me\\b"),
            urgent(DANGER, "\\bsaid (?:he|she|they)(?:'s|'d| is| was| would|'ll| will)? (?:going to )?(?:kill|hurt|stab)"
                    + " me\\b"),
            urgent(DANGER, "\\b(?:scared|afraid|frightened|terrified)\\b.{0,40}\\b(?:kill|hurt|hit|attack|stab|beat)"
                    + "(?:s|ing)? me\\b|\\b(?:kill|hurt|hit|attack|stab|beat)(?:s|ing)? me\\b.{0,40}\\b(?:scared|afraid"
                    + "|frightened|terrified)\\b"),
            urgent(DANGER, "\\b(?:is|keeps|has been|was|are) (?:hitting|beating|attacking|hurting|strangling|choking) me\\b"
                    + "|\\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mother|ex|flatmate"
                    + "|landlord|brother|son|stepdad) (?:hits|beats|kicks|chokes|strangles|punches) me\\b"),
            urgent(DANGER, "\\b(?:kill|hurt|hit|beat) me if i (?:go to|tell|call|leave|report|speak)\\b"
                    + "|\\bthreatened me with (?:a |his |her )?(?:knife|gun|weapon|hammer|bat)\\b"),
            urgent(DANGER, "\\b(?:he|she|they|someone)(?:'s|'re| is| are) (?:hitting|beating|hurting|attacking|choking"
                    + "|strangling) me\\b|\\b(?:scared|afraid|fear|frightened|terrified) for my (?:life|safety)\\b"),
            urgent(DANGER, "\\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|son|daughter|brother"
                    + "|stepdad|landlord) (?:has |had |just )?(?:strangled|choked|punched|kicked|stabbed|attacked"
                    + "|assaulted|raped) me\\b|\\blocked myself in\\b"),
            urgent(DANGER, "\\b(?:following|stalking|watching) me\\b.{0,40}\\b(?:terrified|scared|afraid|frightened)\\b"),
            urgent(DANGER, "\\bnot safe (?:at home|here|in my (?:house|home|flat|room))\\b|^i'm not safe" + END),
            urgent(DANGER, "\\b(?:i've been|i was|i've just been|i got|i've|just been) (?:attacked|stabbed|assaulted"
                    + "|raped|beaten up)\\b|\\bi'm bleeding\\b"),
            urgent(DANGER, "\\b(?:trying to|tried to) break in(?:to)?\\b|\\bbreaking into my (?:flat|house|home|room)\\b"),
            urgent(DANGER, "\\bi'm in danger\\b|\\bin danger,? (?:please )?help\\b"),
            urgent(DANGER, "\\b(?:he|she|they|someone|partner|husband|ex)(?: has|'s got| has got) a (?:knife|gun|weapon)\\b"),
            urgent(DANGER, "\\boutside my (?:house|flat|door|home)\\b.{0,60}\\b(?:scared|afraid|frightened|terrified)\\b"),
            // Welsh.
            urgent(INTENT, "\\b(?:ll|l)?ladd fy hun(?:an)?\\b"),
            urgent(INTENT, "\\b(?:eisiau|isio|isho|moyn|am) marw\\b"),
            urgent(INTENT, "\\bddim (?:eisiau|isio|isho|moyn) byw\\b"),
            urgent(INTENT, "\\bhunanladdiad\\b"),
            urgent(INTENT, "\\b(?:cymryd|gorffen|diweddu) fy (?:mywyd|mwyd)(?: fy hun(?:an)?)?\\b"),
            concern(FEELINGS, "\\bdoes dim pwynt (?:byw|bellach|mwyach|i ddim byd|mewn dim|mewn byw)\\b"),
            concern(FEELINGS, "\\b(?:alla i|fedra i|galla i|dw i'n methu) ddim (?:mynd ymlaen|cario ?'?m?lae?n|ymdopi)"
                    + "(?! (?:ar y|i'r|i|at|gyda)\\b)"),
            concern(FEELINGS, "\\bwell (?:hebddo i|hebdda i|heb fi|hebof i)\\b"),
            concern(FEELINGS, "\\bddim (?:eisiau|isio|isho|moyn) bod (?:yma|yn fyw)\\b"),
            concern(FEELINGS, "\\bllond bol ar (?:fywyd|fyw|bywyd)\\b|\\bdiflannu am byth\\b"),
            concern(SELF_HARM, "\\bniweidio fy hun(?:an)?\\b|\\bhunan-?niweidio\\b"
                    + "|\\b(?:torri|llosgi|brifo) fy hun(?:an)?\\b"));

    /** Phrases that make a mention of suicide about work, a film or a charity rather than the person. */
    static final Pattern NOT_ABOUT_ME = Pattern.compile("\\bsuicid\\w* (?:prevention|awareness|risk|squad|bomber"
            + "|rates?|statistics|helpline|charity|charities|support|training|course|line|watch|research)\\b"
            + "|\\b(?:film|book|documentary|play|article|training|course|talk|lecture|programme|episode) (?:about|on) "
            + "suicide\\b|\\b(?:atal|elusen) hunanladdiad\\b");
    static final Pattern ABOUT_ME = Pattern.compile("\\b(?:i|i'm|i've|i'd|me|my|myself|feel|feels|feeling|dw i|dwi"
            + "|rwy|fi|fy)\\b|\\bonly way out\\b|\\bthe answer\\b");

    private CrisisRules() {}

    private static Phrase urgent(String code, String regex) {
        return new Phrase(code, CrisisSeverity.URGENT, Pattern.compile(regex));
    }

    private static Phrase concern(String code, String regex) {
        return new Phrase(code, CrisisSeverity.CONCERN, Pattern.compile(regex));
    }
}
