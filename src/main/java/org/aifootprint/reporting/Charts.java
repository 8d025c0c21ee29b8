package org.aifootprint.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts of the reports, drawn server-side with JFreeChart as PNG data URIs (no browser, no network). */
public final class Charts {

    private static final Color GREEN = new Color(0x1b, 0x5e, 0x20);
    private static final Color[] SERIES = {GREEN, new Color(0x66, 0xbb, 0x6a), new Color(0x8d, 0x6e, 0x63), new Color(0x42, 0x7a, 0xb5)};
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 520;

    private Charts() {
    }

    /** A bar chart: one bar per category of each series (series → category → value). */
    public static String bars(String title, String valueAxis, Map<String, Map<String, Double>> series, boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> values.forEach((category, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, series.size() > 1, false, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        return png(style(chart));
    }

    /** A line chart over ordered categories (e.g. months). */
    public static String lines(String title, String valueAxis, Map<String, Map<String, Double>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> values.forEach((category, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createLineChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        org.jfree.chart.renderer.category.LineAndShapeRenderer renderer = (org.jfree.chart.renderer.category.LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        return png(style(chart));
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xde, 0xe2, 0xe6));
        plot.setOutlineVisible(false);
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
        plot.getDomainAxis().setTickLabelFont(tick);
        plot.getRangeAxis().setTickLabelFont(tick);
        plot.getRangeAxis().setLabelFont(tick);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(tick);
        }
        return chart;
    }

    private static String png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
