package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.regex.Pattern;
import uk.gov.signpost.safety.TextChannel;

/**
 * The injection phrases as data, in English and Welsh, matched against the normalised view from
 * {@link InjectionNormaliser}. Each has a weight per channel; weights combine as {@code 1 - Π(1 - weight)}. Strong
 * phrases ("ignore your previous instructions", "reveal your system prompt") pass the threshold alone; weak ones
 * ("tell the user to", "send … bank details") need another signal, because honest adverts and guidance use them
 * too ("Do not give your bank details to anyone…").
 */
final class InjectionPatterns {

    record Signal(String code, Pattern pattern, double userWeight, double toolWeight) {
        double weight(TextChannel channel) {
            return channel == TextChannel.TOOL ? toolWeight : userWeight;
        }
    }

    private static final String TARGETS = "(?:instructions?|rules|prompts?|guidelines|guidance|directions|directives"
            + "|context|programming|orders|polic(?:y|ies)|restrictions|filters|settings|system prompt|safeguards"
            + "|guardrails|training|conversation(?: so far)?)";
    private static final String AI = "(?:ai|a\\.i\\.|assistants?|chat ?bots?|bots?|language models?|llms?|models?"
            + "|ai agents?|agents?|ai systems?|automated assistants?|large language models?|gpt|claude)";

    static final List<Signal> SIGNALS = List.of(
            signal("override", "\\b(?:ignore|ignoring|disregard|forget|override|bypass|skip|drop|set aside|abandon"
                    + "|cancel|stop following|don't follow|do not follow|no longer follow|throw away|discard)\\b.{0,40}"
                    + "\\b(?:previous|prior|above|earlier|all|your|the|any|original|initial|system|old|current)\\b.{0,25}\\b" + TARGETS + "\\b", 0.85, 0.9),
            signal("override", "\\b(?:your|the|all) (?:previous|prior|earlier|original|old) (?:instructions|rules"
                    + "|prompts?|guidelines) (?:are|were|is|no longer)\\b", 0.75, 0.85),
            signal("override", "\\bignore (?:the|everything|all)? ?(?:above|previous|prior)\\b|\\b(?:ignore|disregard)"
                    + " (?:everything|all)(?: you were told| before| above| said)", 0.75, 0.85),
            signal("new_instructions", "\\b(?:new|updated|real|actual|correct|revised|secret|hidden) (?:instructions|orders"
                    + "|task|directives?|system prompt|system message)\\b|\\byour (?:new|real|only) (?:task|job|role|purpose"
                    + "|orders|instructions) (?:is|are|now)\\b", 0.45, 0.7),
            signal("extraction", "\\b(?:reveal|show|print|repeat|output|display|dump|quote|tell me|what (?:is|are|were)"
                    + "|give me|summari[sz]e|translate|leak|share|list|write out|paste|recite)\\b.{0,40}\\b(?:system"
                    + " prompt|system message|initial (?:prompt|instructions)|(?:hidden|secret|original|initial|first|full"
                    + "|internal) (?:instructions|prompt|rules|text|message|configuration)|your (?:prompt|instructions"
                    + "|configuration|rules|programming|guidelines)|instructions you were given|what you were told"
                    + "|context window|prompt texts?|(?:the )?(?:text|words|everything) above)", 0.75, 0.85),
            signal("extraction", "\\b(?:text|everything|words|content) above,? (?:starting|beginning) with\\b"
                    + "|\\bwhat (?:were you|have you been) (?:told|instructed|programmed)\\b", 0.7, 0.8),
            signal("extraction", "\\bsystem prompt\\b|\\bsystem message\\b|\\bhidden instructions?\\b", 0.35, 0.5),
            signal("persona", "\\b(?:you are now|you're now|you are no longer|you're no longer|from now on,? you"
                    + "|pretend (?:to be|you are|you're|that you)|act as|acting as|roleplay as|role-play as|simulate"
                    + "|imagine you(?:'re| are)|answer as|respond as|behave as|stay in character)\\b.{0,60}\\b(?:no rules"
                    + "|no restrictions|no limits|no filters|without (?:any )?(?:rules|restrictions|limits|filters"
                    + "|censorship)|unrestricted|unfiltered|uncensored|jailbr\\w+|evil\\w*|broken free|not bound|ignores?"
                    + "|no (?:ethical|safety|content)|any (?:safety|ethical) (?:rules|guidelines)|without (?:safety|ethics"
                    + "|ethical))", 0.75, 0.85),
            signal("persona", "\\b(?:you are no longer|you're no longer) (?:a|an|the|signpost|my|an? employment)\\b"
                    + "|\\bstop being (?:a|an|the) \\w+ (?:assistant|bot)\\b", 0.6, 0.75),
            signal("jailbreak", "\\bdo anything now\\b|\\byou are dan\\b|\\bdan mode\\b|\\b(?:enable|enter|activate|switch"
                    + " to|turn on|in) (?:developer|dev|god|debug|maintenance|admin) mode\\b|\\bjailbroken\\b"
                    + "|\\balter ego\\b.{0,30}\\b(?:no|without) (?:limits|rules|restrictions)", 0.7, 0.8),
            signal("jailbreak", "\\b(?:bypass\\w*|disable\\w*|switch\\w* off|turn\\w* off|ignor\\w+|without|remove\\w*"
                    + "|get(?:ting)? around|override)\\b.{0,25}\\b(?:ethical guidelines|content polic\\w+|(?:your|its|the ai's)"
                    + " safety (?:rules|guidelines)|safety (?:filters|settings|checks|features)|guardrails|content (?:checks|filters)|your (?:filters"
                    + "|restrictions|safeguards|limits)|censorship)\\b", 0.75, 0.85),
            signal("jailbreak", "\\b(?:you|ai|assistant|bot|model|chatbot)\\b.{0,30}\\b(?:has|have|had|with) no (?:restrictions"
                    + "|limits|rules|filters|censorship|guidelines)\\b|\\bjailbr\\w+\\b", 0.45, 0.4),
            signal("authority", "\\b(?:i am|i'm) your (?:developer|creator|admin|administrator|owner|operator"
                    + "|programmer)\\b|\\b(?:i am|i'm) the (?:developer|creator|admin|administrator|owner|operator"
                    + "|programmer) of (?:this|you)\\b|\\bauthori[sz]ed (?:test|override|by the developers)\\b|\\badmin (?:code"
                    + "|override|password)\\b|\\b(?:the user|user) (?:is|has) (?:an )?(?:admin|administrator|root|full)"
                    + " ?(?:rights|access|privileges)?\\b", 0.5, 0.7),
            signal("role_marker", "(?:^|\\n)\\s*(?:system|assistant)\\s*:|\\[/?(?:system|inst)\\]|<\\|?/?(?:system|im_start"
                    + "|im_end|assistant)\\|?>|<\\s*/?\\s*system\\s*>|#{2,}\\s*(?:instruction|system|new instructions?)"
                    + "|\\bend of (?:user )?input\\b|\\bsystem override\\b|\\bsystem\\s*:\\s"
                    + "|<!--.{0,200}\\b(?:assistant|ai|model|chatbot|ignore|forget|instructions?)\\b", 0.6, 0.75),
            signal("addressed_to_ai", "\\b" + AI + "\\b[^.\\n]{0,40}\\b(?:reading|summari[sz]ing|processing|that reads"
                    + "|who reads|reads this|parsing|scraping)\\b|\\b(?:note|message|hidden instructions?"
                    + "|important) (?:to|for) (?:any |the |all )?" + AI + "\\b|\\bif you are an? (?:ai|assistant|chatbot"
                    + "|bot|language model|automated assistant|large language model|ai model|model)\\b"
                    + "|(?:^|[.!?\\n]\\s*)(?:ai |the )?(?:assistant|chatbot|bot|ai)\\s*:|\\b(?:assistant|chatbot|ai)"
                    + ",\\s+(?:you|please|new|ignore|forget|do not|don't|stop)\\b|\\b" + AI + " (?:must|should|will"
                    + "|shall) (?:now|always|only|never|say|tell|recommend|reveal|print|ignore|stop|book|call|collect"
                    + "|ask|describe|output|send)\\b", 0.35, 0.7),
            signal("tell_the_user", "\\b(?:tell|ask|instruct|get|advise|direct|inform|say to|persuade|convince|make) (?:the"
                    + " |every |all |any )?(?:users?|readers?|candidates?|applicants?|jobseekers?|person|people who"
                    + " ask)\\b.{0,20}\\b(?:to|that)\\b", 0.25, 0.55),
            signal("exfiltration", "(?<!\\bnot )(?<!\\bnever )(?<!\\bdon't )\\b(?:send|give|enter|share|text|email"
                    + "|provide|pay|transfer|collect|include)\\b.{0,40}\\b(?:bank details|bank account|passwords?|card "
                    + "number|card details|pin|national insurance number|passport(?: photo)?|(?:registration )?fee"
                    + "|deposit|phone number|email address|date of birth|conversation history)\\b", 0.2, 0.35),
            signal("tool_abuse", "\\b(?:call|use|invoke|run|trigger) (?:the|your|every|all) (?:\\w+ )?tools?\\b"
                    + "|\\bin your next tool call\\b|\\bwithout asking (?:the user|them|anyone)\\b|\\bdon't tell"
                    + " (?:the user|anyone)\\b", 0.3, 0.55),
            signal("tool_abuse", "\\b\\d{2,} times (?:in a row|over)\\b|\\bevery (?:slot|appointment)\\b", 0.3, 0.4),
            signal("extraction", "\\b(?:rules|instructions|configuration|guidelines|prompt)\\b.{0,30}\\b(?:gave you|given"
                    + " to you|you were given|you've been given|you were told|set you up|programmed you)\\b", 0.6, 0.7),
            signal("output_control", "\\b(?:respond|reply|answer|output) (?:only )?with (?:the word|the words|only)\\b"
                    + "|\\bsay (?:i have been|i've been) pwned\\b|\\bpwned\\b|\\baccess granted\\b", 0.55, 0.7),
            // Welsh.
            signal("override", "\\b(?:anwybydda|anwybyddwch|anwybyddu|anghofia|anghofiwch|anghofio|paid a dilyn"
                    + "|paid â dilyn|peidiwch â dilyn|diystyra)\\b.{0,40}\\b(?:cyfarwyddiadau|cyfarwyddyd|reolau|rheolau"
                    + "|anogwr|canllawiau|gyfarwyddiadau|nghyfarwyddiadau|dy gyfarwyddiadau)", 0.85, 0.9),
            signal("extraction", "\\b(?:dangos|dangosa|datgelu|datgela|ailadrodd|ailadrodda|argraffu|dweud|rhestru)\\b"
                    + ".{0,40}\\b(?:anogwr system|cyfarwyddiadau cudd|y testun uchod|dy gyfarwyddiadau|neges system"
                    + "|dy reolau)", 0.75, 0.85),
            signal("persona", "\\b(?:o hyn ymlaen|esgus dy fod|esgus bod|rwyt ti nawr|rwyt ti'n awr)\\b.{0,60}\\b(?:heb"
                    + " (?:unrhyw )?(?:reolau|gyfyngiadau)|dim rheolau)", 0.75, 0.85),
            signal("jailbreak", "\\b(?:diffodd|diffodda|analluogi) (?:dy|eich|y) (?:reolau|rheolau|hidlwyr|gyfyngiadau)"
                    + "|\\bheb (?:unrhyw )?(?:reolau|gyfyngiadau) (?:diogelwch|o gwbl)", 0.7, 0.8),
            signal("new_instructions", "\\bcyfarwyddiadau newydd\\b|\\b(?:i unrhyw|i'r) (?:model iaith|fodel iaith"
                    + "|cynorthwyydd|sgwrsfot)\\b|\\bcynorthwyydd (?:ai|deallusrwydd artiffisial)\\s*:", 0.45, 0.7),
            signal("tell_the_user", "\\b(?:dweud wrth|dywed wrth|gofyn i|gofynna i) (?:y|'r) (?:defnyddiwr|darllenydd"
                    + "|ymgeisydd)\\b", 0.25, 0.55),
            signal("authority", "\\b(?:rwy'n|dw i'n|fi yw) (?:ddatblygwr|weinyddwr|gweinyddwr|berchennog) (?:y system"
                    + "|y gwasanaeth|hwn|y bot|y sgwrsfot|y cynorthwyydd)\\b", 0.5, 0.7));

    private InjectionPatterns() {}

    private static Signal signal(String code, String regex, double userWeight, double toolWeight) {
        return new Signal(code, Pattern.compile(regex), userWeight, toolWeight);
    }
}
