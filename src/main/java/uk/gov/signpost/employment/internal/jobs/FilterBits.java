package uk.gov.signpost.employment.internal.jobs;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * A search's filters (salary, closing date, employer, place), worked out once as one bit set per segment and then
 * used by the word search, the nearest-neighbour search and the rescoring in the same search. Without it, each of
 * them would walk the points index again and rebuild the distance test.
 *
 * <p>Belongs to one reader and one search; it is never cached.
 */
final class FilterBits extends Query {

    private final FixedBitSet[] bits;
    private final int[] counts;

    private FilterBits(FixedBitSet[] bits, int[] counts) {
        this.bits = bits;
        this.counts = counts;
    }

    static FilterBits of(IndexSearcher searcher, Query filter) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        int[] counts = new int[leaves.size()];
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                set.or(scorer.iterator());
            }
            bits[leaf.ord] = set;
            counts[leaf.ord] = set.cardinality();
        }
        return new FilterBits(bits, counts);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext leaf) {
                if (counts[leaf.ord] == 0) {
                    return null;
                }
                DocIdSetIterator matching = new BitSetIterator(bits[leaf.ord], counts[leaf.ord]);
                return new ConstantScoreScorer(this, score(), scoreMode, matching);
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "FilterBits";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
