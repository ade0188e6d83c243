package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.Feature;
import org.f1pipeline.model.ModelSpec;

/**
 * What a fitted model learns from: for every earlier grand prix and sprint with a grid and a winner, the inputs of
 * every starter exactly as they were before that race (recorded when the race joins the history, from the state
 * just before it) and which of them won. Every fittable input of the race type is recorded ({@link #catalogue}),
 * so any fitted spec can be trained without a second pass over the history. About 1,100 grands prix x 22 drivers
 * x 15 inputs for 1950-2025: a few megabytes. Not thread-safe.
 */
public final class TrainingData {

    /** One race type's rows, growing. */
    private static final class Block {
        final List<Feature> columns;
        double[] values = new double[4096];
        int rows;
        int[] raceStart = new int[256];
        int[] winner = new int[256];
        int[] season = new int[256];
        int races;

        Block(List<Feature> columns) {
            this.columns = columns;
        }
    }

    private final Map<RaceType, Block> blocks = new EnumMap<>(RaceType.class);

    public TrainingData() {
        for (RaceType type : RaceType.values()) {
            blocks.put(type, new Block(catalogue(type)));
        }
    }

    /**
     * The inputs recorded for a race type: the fittable features of the type (grand prix), or those that apply to
     * both types (sprint: a sprint model also learns from grands prix, so it may only use inputs both have).
     */
    public static List<Feature> catalogue(RaceType type) {
        return type == RaceType.SPRINT ? SPRINT_CATALOGUE : GRAND_PRIX_CATALOGUE;
    }

    private static final List<Feature> GRAND_PRIX_CATALOGUE = build(RaceType.GRAND_PRIX);
    private static final List<Feature> SPRINT_CATALOGUE = build(RaceType.SPRINT);

    private static List<Feature> build(RaceType type) {
        List<Feature> out = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (f.fittable() && f.appliesTo(type) && (type == RaceType.GRAND_PRIX || f.appliesTo(RaceType.GRAND_PRIX))) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Records one race.
     *
     * @param columns one array per {@link #catalogue} feature, each with one value per starter
     * @param winner  the winner's index among the starters
     */
    void add(RaceType type, int season, double[][] columns, int winner) {
        Block b = blocks.get(type);
        int n = columns[0].length;
        int k = b.columns.size();
        if (b.races + 2 > b.raceStart.length) {
            b.raceStart = Arrays.copyOf(b.raceStart, b.raceStart.length * 2);
            b.winner = Arrays.copyOf(b.winner, b.winner.length * 2);
            b.season = Arrays.copyOf(b.season, b.season.length * 2);
        }
        if ((b.rows + n) * k > b.values.length) {
            b.values = Arrays.copyOf(b.values, Math.max(b.values.length * 2, (b.rows + n) * k));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                b.values[(b.rows + i) * k + j] = columns[j][i];
            }
        }
        b.raceStart[b.races] = b.rows;
        b.winner[b.races] = b.rows + winner;
        b.season[b.races] = season;
        b.races++;
        b.rows += n;
    }

    /**
     * The training set of {@code spec} for predicting season {@code target}: the races of the spec's window of
     * seasons before {@code target} (grands prix, plus sprints for a sprint model), each weighted
     * {@code 0.5^((target - 1 - season) / half-life)}, with the spec's inputs only.
     */
    public TrainingSet view(ModelSpec spec, int target) {
        ModelSpec.Fitting fit = spec.fitting();
        List<Feature> inputs = spec.features();
        List<Block> sources = sources(spec);
        int first = target - fit.windowSeasons();
        int races = 0;
        int rows = 0;
        for (Block b : sources) {
            for (int r = 0; r < b.races; r++) {
                if (b.season[r] >= first && b.season[r] < target) {
                    races++;
                    rows += (r + 1 < b.races ? b.raceStart[r + 1] : b.rows) - b.raceStart[r];
                }
            }
        }
        int k = inputs.size();
        double[] values = new double[rows * k];
        int[] start = new int[races + 1];
        int[] winner = new int[races];
        double[] weight = new double[races];
        int race = 0;
        int row = 0;
        for (Block b : sources) {
            int[] index = new int[k];
            for (int j = 0; j < k; j++) {
                index[j] = b.columns.indexOf(inputs.get(j));
            }
            int width = b.columns.size();
            for (int r = 0; r < b.races; r++) {
                if (b.season[r] < first || b.season[r] >= target) {
                    continue;
                }
                int from = b.raceStart[r];
                int to = r + 1 < b.races ? b.raceStart[r + 1] : b.rows;
                start[race] = row;
                winner[race] = row + (b.winner[r] - from);
                weight[race] = Math.pow(0.5, (target - 1 - b.season[r]) / fit.halfLifeSeasons());
                for (int i = from; i < to; i++) {
                    for (int j = 0; j < k; j++) {
                        values[row * k + j] = b.values[i * width + index[j]];
                    }
                    row++;
                }
                race++;
            }
        }
        start[races] = row;
        return new TrainingSet(k, values, start, winner, weight);
    }

    /** How many races {@link #view} would include, without building it. */
    public int count(ModelSpec spec, int target) {
        int first = target - spec.fitting().windowSeasons();
        int n = 0;
        for (Block b : sources(spec)) {
            for (int r = 0; r < b.races; r++) {
                if (b.season[r] >= first && b.season[r] < target) {
                    n++;
                }
            }
        }
        return n;
    }

    private List<Block> sources(ModelSpec spec) {
        return spec.type() == RaceType.SPRINT
                ? List.of(blocks.get(RaceType.GRAND_PRIX), blocks.get(RaceType.SPRINT))
                : List.of(blocks.get(RaceType.GRAND_PRIX));
    }

    /** Races recorded of a type. */
    public int races(RaceType type) {
        return blocks.get(type).races;
    }
}
