package uk.gov.signpost.agent.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.ToolData;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.TextChannel;

/**
 * Guards what tools return before a model reads it: job adverts, guidance pages, anything fetched is data, and
 * instructions hidden in it must never be obeyed.
 * <ol>
 *   <li>The content is scored on the tool channel ({@link InjectionDetector}). If it is flagged, each piece of it
 *       (a sentence, a line, a JSON string) is scored on its own and every flagged piece is replaced with
 *       {@value #REMOVED}; if the content is still flagged after that (the instruction was spread over several
 *       pieces), the whole result is withheld and the model is told so.</li>
 *   <li>Every result, flagged or not, is then fenced as data ({@link ToolData#fence}): clearly delimited, with a
 *       note that it is not instructions.</li>
 * </ol>
 * Each result's decision goes into the trace as {@code tool_content} with the code {@code clean},
 * {@code injection_removed} or {@code injection_withheld} and the detector's score.
 *
 * <p>What it does <em>not</em> catch: injections the detector does not score as such (paraphrases, other
 * languages, encodings it does not undo: see its Javadoc); instructions that read as ordinary advert text ("the
 * best candidates email their bank details to…") unless the detector flags them; harm done by the tool itself
 * rather than by its text; text a tool shows the person directly (its {@code say} text and cards), which no model
 * reads. Fencing lowers the chance that a model obeys what slips through; it does not make it impossible.
 */
@Component
class ToolContentGuard {

    static final String REMOVED = "[removed: this part looked like instructions]";
    static final String WITHHELD = "{\"withheld\":\"This tool result contained instructions, so it was not passed on.\"}";

    /** Pieces: runs of text between sentence ends, line breaks and JSON quotes. */
    private static final Pattern PIECE = Pattern.compile("[^\\n\"]+?(?:[.!?]+(?=\\s)|(?=[\\n\"])|$)");

    private final InjectionDetector detector;

    ToolContentGuard(InjectionDetector detector) {
        this.detector = detector;
    }

    /** The result as the model should see it: neutralised if need be, and fenced. */
    ToolResult guard(ToolResult result, TurnTrace trace) {
        InjectionAssessment whole = detector.assess(result.content(), TextChannel.TOOL);
        String content = result.content();
        String code = "clean";
        if (whole.flagged()) {
            content = removeFlaggedPieces(content);
            code = "injection_removed";
            if (detector.assess(content, TextChannel.TOOL).flagged()) {
                content = WITHHELD;
                code = "injection_withheld";
            }
        }
        trace.check("tool_content", code, whole.score());
        return new ToolResult(result.callId(), result.name(), ToolData.fence(result.name(), content), result.error());
    }

    private String removeFlaggedPieces(String content) {
        Matcher piece = PIECE.matcher(content);
        StringBuilder out = new StringBuilder(content.length());
        while (piece.find()) {
            boolean flagged = !piece.group().isBlank() && detector.assess(piece.group(), TextChannel.TOOL).flagged();
            piece.appendReplacement(out, Matcher.quoteReplacement(flagged ? REMOVED : piece.group()));
        }
        piece.appendTail(out);
        return out.toString();
    }
}
