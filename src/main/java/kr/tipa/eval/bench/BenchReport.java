package kr.tipa.eval.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A figure, its baseline measured in the same run, their ratio and the target, printed as a table. */
public final class BenchReport {

    /** One line of the table; {@code baseline} may be NaN when a target is absolute. */
    public record Line(String name, double ours, double baseline, String unit, String target) {
        public double ratio() {
            return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : ours / baseline;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(String name, double ours, double baseline, String unit, String target) {
        lines.add(new Line(name, ours, baseline, unit, target));
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-44s %14s %14s %8s  %s%n", "benchmark", "ours", "baseline", "ratio", "target");
        for (Line l : lines) {
            out.printf(Locale.ROOT, "%-44s %14s %14s %8s  %s%n", l.name(), format(l.ours(), l.unit()),
                    Double.isNaN(l.baseline()) ? "-" : format(l.baseline(), l.unit()),
                    Double.isNaN(l.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f×", l.ratio()), l.target());
        }
        notes.forEach(n -> out.println("  " + n));
        out.flush();
    }

    static String format(double value, String unit) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.2f %s", value, unit);
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
