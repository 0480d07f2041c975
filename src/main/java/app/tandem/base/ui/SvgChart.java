package app.tandem.base.ui;

import com.vaadin.flow.component.html.Image;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jspecify.annotations.Nullable;

/**
 * The one place that makes chart markup: bar charts drawn server-side with JFreeChart into SVG.
 * Every label is cleaned here (control characters removed, length capped) and then written by
 * JFreeSVG, which escapes text for XML; the SVG is shown as an image ({@code data:} URL), so no
 * raw-HTML API is involved and any script in it could never run. Every chart must sit beside a
 * table with the same numbers (the text alternative).
 */
public final class SvgChart {

    /** One series of bars: its name, colour (#rrggbb) and a value per category. */
    public record Series(String name, @Nullable String colour, List<? extends Number> values) {}

    private SvgChart() {}

    /** SVG markup of a bar chart; stacked puts each category's series on top of each other. */
    public static String barChart(String title, String categoryAxis, String valueAxis, List<String> categories,
            List<Series> series, boolean stacked, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                Number v = i < s.values().size() ? s.values().get(i) : 0;
                data.addValue(v, label(s.name()), label(categories.get(i)));
            }
        }
        JFreeChart chart = stacked
                ? ChartFactory.createStackedBarChart(label(title), label(categoryAxis), label(valueAxis), data,
                        PlotOrientation.VERTICAL, true, false, false)
                : ChartFactory.createBarChart(label(title), label(categoryAxis), label(valueAxis), data,
                        PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            String colour = series.get(i).colour();
            if (colour != null && colour.matches("#[0-9a-fA-F]{6}")) {
                renderer.setSeriesPaint(i, Color.decode(colour));
                renderer.setSeriesOutlinePaint(i, Color.BLACK);
            }
        }
        renderer.setDrawBarOutline(true);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /** The chart as an image with a short text alternative; the full alternative is the table beside it. */
    public static Image image(String svg, String alt) {
        String url = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        Image image = new Image(url, alt);
        image.addClassName("chart");
        return image;
    }

    /** Labels as plain text: no control characters (XML cannot hold them), at most 80 characters. */
    static String label(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ").replace('\t', ' ').strip();
        return clean.length() > 80 ? clean.substring(0, 79) + "…" : clean;
    }

    // --- For the measure module: values per period with the target as a line ---------------------

    /**
     * SVG markup of bars (one series) with a second series drawn as a dashed line with square
     * markers (e.g. a measure's values per reporting period against its target). The line is told
     * apart by shape and the legend, not by colour alone.
     */
    public static String barChartWithLine(String title, String categoryAxis, String valueAxis, List<String> categories,
            Series bars, @Nullable Series line, int width, int height) {
        // A null value in bars draws no bar (nothing entered for that category), unlike barChart's 0.
        DefaultCategoryDataset barData = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            Number v = i < bars.values().size() ? bars.values().get(i) : null;
            barData.addValue(v, label(bars.name()), label(categories.get(i)));
        }
        JFreeChart chart = ChartFactory.createBarChart(label(title), label(categoryAxis), label(valueAxis), barData,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        if (bars.colour() != null && bars.colour().matches("#[0-9a-fA-F]{6}")) {
            renderer.setSeriesPaint(0, Color.decode(bars.colour()));
            renderer.setSeriesOutlinePaint(0, Color.BLACK);
        }
        if (line != null) {
            DefaultCategoryDataset lineData = new DefaultCategoryDataset();
            for (int i = 0; i < categories.size(); i++) {
                Number v = i < line.values().size() ? line.values().get(i) : 0;
                lineData.addValue(v, label(line.name()), label(categories.get(i)));
            }
            plot.setDataset(1, lineData);
            org.jfree.chart.renderer.category.LineAndShapeRenderer lines =
                    new org.jfree.chart.renderer.category.LineAndShapeRenderer(true, true);
            lines.setSeriesPaint(0, line.colour() != null && line.colour().matches("#[0-9a-fA-F]{6}")
                    ? Color.decode(line.colour()) : Color.BLACK);
            lines.setSeriesStroke(0, new java.awt.BasicStroke(2.5f, java.awt.BasicStroke.CAP_BUTT,
                    java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
            lines.setSeriesShape(0, new Rectangle(-4, -4, 8, 8));
            plot.setRenderer(1, lines);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }
}
