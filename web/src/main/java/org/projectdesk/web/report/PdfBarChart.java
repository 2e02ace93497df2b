package org.projectdesk.web.report;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.web.shell.PdfDocuments;

/**
 * A horizontal bar chart drawn as vector graphics into a PDF table cell (its {@link PdfPCellEvent}): a
 * legend on top, each bar's label on the left, its segments stacked one after another with each value
 * written in the segment (or after the bar where it does not fit), and a value axis with its ticks and grid
 * below. Every label and value is drawn as text in the documents' font ({@link PdfDocuments#text}), never
 * read as markup; a label longer than the label column is set smaller to fit.
 */
final class PdfBarChart implements PdfPCellEvent {

    /** A part of a bar: its length in the axis's unit, the value written on it, its colour. */
    record Segment(double value, String shown, Color color) {
    }

    /** A bar: its label and its segments, stacked in order. */
    record Bar(String label, List<Segment> segments) {

        double total() {
            return segments.stream().mapToDouble(Segment::value).sum();
        }
    }

    /** A legend entry: what a colour stands for. */
    record Key(String name, Color color) {
    }

    private static final float TEXT = 8;
    private static final float SMALLEST = 4;
    private static final float ROW = 16;
    private static final Color INK = new Color(0x33, 0x41, 0x55);
    private static final Color GRID = new Color(0xE5, 0xE7, 0xEB);

    private final BaseFont font;
    private final List<Bar> bars;
    private final List<Key> legend;
    private final String unit;

    /** {@code unit}: the value axis's title, or null. */
    PdfBarChart(BaseFont font, List<Bar> bars, List<Key> legend, String unit) {
        this.font = font;
        this.bars = List.copyOf(bars);
        this.legend = List.copyOf(legend);
        this.unit = unit;
    }

    /** The height the chart needs for its bars, legend and axis. */
    float height() {
        return Math.max(bars.size(), 3) * ROW + (legend.isEmpty() ? 0 : 18) + (unit == null ? 0 : 12) + 24;
    }

    /** An empty cell of that height (at least {@link #height}) that draws the chart when the table is laid out. */
    PdfPCell cell(float height) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(Math.max(height, height()));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setCellEvent(this);
        return cell;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
        canvas.saveState();
        float left = position.getLeft() + 4;
        float right = position.getRight() - 4;
        float top = position.getTop() - 2;
        if (!legend.isEmpty()) {
            drawLegend(canvas, left, top - 10);
            top -= 18;
        }
        float bottom = position.getBottom() + 16 + (unit == null ? 0 : 12);
        float labels = Math.min((right - left) * 0.4f,
                (float) bars.stream().mapToDouble(b -> font.getWidthPoint(text(b.label()), TEXT)).max().orElse(0));
        float plotLeft = left + labels + 6;
        float plotRight = right - 28;
        Scale scale = Scale.of(bars.stream().mapToDouble(Bar::total).max().orElse(0));
        drawAxis(canvas, scale, plotLeft, plotRight, top, bottom);
        float row = (top - bottom) / Math.max(bars.size(), 1);
        for (int i = 0; i < bars.size(); i++) {
            float middle = top - row * i - row / 2;
            drawBar(canvas, bars.get(i), scale, left, labels, plotLeft, plotRight, middle, Math.min(row * 0.6f, 12));
        }
        canvas.restoreState();
    }

    private void drawLegend(PdfContentByte canvas, float x, float y) {
        for (Key key : legend) {
            canvas.setColorFill(key.color());
            canvas.rectangle(x, y, 8, 8);
            canvas.fill();
            write(canvas, key.name(), x + 11, y + 1, Element.ALIGN_LEFT, TEXT, INK);
            x += 11 + font.getWidthPoint(text(key.name()), TEXT) + 14;
        }
    }

    private void drawAxis(PdfContentByte canvas, Scale scale, float plotLeft, float plotRight, float top, float bottom) {
        canvas.setLineWidth(0.5f);
        for (double tick = 0; tick <= scale.max() + scale.step() / 2; tick += scale.step()) {
            float x = plotLeft + (float) (tick / scale.max()) * (plotRight - plotLeft);
            canvas.setColorStroke(tick == 0 ? INK : GRID);
            canvas.moveTo(x, bottom);
            canvas.lineTo(x, top);
            canvas.stroke();
            write(canvas, Scale.written(tick), x, bottom - 10, Element.ALIGN_CENTER, TEXT - 1, INK);
        }
        canvas.setColorStroke(INK);
        canvas.moveTo(plotLeft, bottom);
        canvas.lineTo(plotRight, bottom);
        canvas.stroke();
        if (unit != null) {
            write(canvas, unit, (plotLeft + plotRight) / 2, bottom - 21, Element.ALIGN_CENTER, TEXT - 1, INK);
        }
    }

    private void drawBar(PdfContentByte canvas, Bar bar, Scale scale, float left, float labels, float plotLeft,
            float plotRight, float middle, float thickness) {
        String label = text(bar.label());
        float width = font.getWidthPoint(label, TEXT);
        float size = width > labels && width > 0 ? Math.max(SMALLEST, TEXT * labels / width) : TEXT;
        write(canvas, label, left + labels, middle - size / 3, Element.ALIGN_RIGHT, size, INK);
        float x = plotLeft;
        List<String> outside = new ArrayList<>();
        for (Segment segment : bar.segments()) {
            float length = (float) (segment.value() / scale.max()) * (plotRight - plotLeft);
            if (length > 0) {
                canvas.setColorFill(segment.color());
                canvas.rectangle(x, middle - thickness / 2, length, thickness);
                canvas.fill();
            }
            String shown = text(segment.shown());
            if (segment.value() > 0 && font.getWidthPoint(shown, TEXT - 1) + 4 <= length) {
                write(canvas, shown, x + length / 2, middle - (TEXT - 1) / 3, Element.ALIGN_CENTER, TEXT - 1,
                        legible(segment.color()));
            } else if (segment.value() > 0 || bar.segments().size() == 1) {
                outside.add(shown);
            }
            x += length;
        }
        if (!outside.isEmpty()) {
            write(canvas, String.join(" + ", outside), x + 3, middle - (TEXT - 1) / 3, Element.ALIGN_LEFT, TEXT - 1, INK);
        }
    }

    private void write(PdfContentByte canvas, String value, float x, float y, int alignment, float size, Color color) {
        canvas.beginText();
        canvas.setColorFill(color);
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, text(value), x, y, 0);
        canvas.endText();
    }

    private static String text(String value) {
        return PdfDocuments.text(value);
    }

    /** White on a dark colour, ink on a light one. */
    private static Color legible(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 160 ? Color.WHITE : INK;
    }

    /** The value axis: from 0 to {@code max} in whole {@code step}s of 1, 2 or 5 times a power of ten, at least 1. */
    record Scale(double max, double step) {

        static Scale of(double largest) {
            if (largest <= 0) {
                return new Scale(5, 1);
            }
            double rough = largest / 5;
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double step = Math.max(1, rough / power <= 1 ? power : rough / power <= 2 ? 2 * power
                    : rough / power <= 5 ? 5 * power : 10 * power);
            return new Scale(Math.ceil(largest / step) * step, step);
        }

        static String written(double tick) {
            return String.valueOf(Math.round(tick));
        }
    }
}
