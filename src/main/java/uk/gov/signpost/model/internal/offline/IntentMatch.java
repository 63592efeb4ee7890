package uk.gov.signpost.model.internal.offline;

import uk.gov.signpost.model.IntentDefinition;

/**
 * The intent recognised in a message, how it was found and how sure we are.
 *
 * @param method {@code keyword}, {@code semantic} or {@code fallback}
 * @param score 1 for a keyword match, the cosine similarity for a semantic one, 0 for the fallback
 */
record IntentMatch(IntentDefinition intent, String method, double score) {}
