package org.continuumcare.reports;

import java.awt.Color;
import java.text.NumberFormat;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Rates as percentages on a 0–100 % axis, one sober colour, flat bars with their value on top: the
 * bar chart of the R90 report.
 */
public class RateChartCustomizer implements JRChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xD0, 0xD7, 0xDE));
    plot.setOutlineVisible(false);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(0, 1);
    NumberFormat percent = NumberFormat.getPercentInstance();
    axis.setNumberFormatOverride(percent);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, new Color(0x2E, 0x4A, 0x62));
    renderer.setMaximumBarWidth(0.08);
    NumberFormat label = NumberFormat.getPercentInstance();
    label.setMaximumFractionDigits(1);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", label));
    renderer.setDefaultItemLabelsVisible(true);
  }
}
