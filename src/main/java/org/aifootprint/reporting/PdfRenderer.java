package org.aifootprint.reporting;

import com.lowagie.text.pdf.BaseFont;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Renders a template of {@code report-templates/} to PDF: Mustache fills the XHTML with the model, Flying Saucer
 * lays it out with the template's CSS (paged media: headers, page numbers, repeated table headers) and OpenPDF
 * writes it with the Liberation fonts embedded.
 */
public final class PdfRenderer {

    /** Paper sizes a report can be rendered on. */
    public enum PageSize {
        A4("A4"), LETTER("letter");

        private final String css;

        PageSize(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    static final String DIRECTORY = "report-templates/";
    private static final List<String> FONTS = List.of("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
            "LiberationSans-BoldItalic", "LiberationMono-Regular", "LiberationMono-Bold");
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private PdfRenderer() {
    }

    /** The filled XHTML of a template (also what tests read to check the content without parsing a PDF). */
    public static String xhtml(String template, Map<String, Object> model) {
        return TEMPLATES.computeIfAbsent(template, PdfRenderer::compile).execute(model);
    }

    public static byte[] pdf(String template, Map<String, Object> model) {
        String document = xhtml(template, model);
        URL base = PdfRenderer.class.getClassLoader().getResource(DIRECTORY + template);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            ITextRenderer renderer = new ITextRenderer();
            for (String font : FONTS) {
                renderer.getFontResolver().addFont("liberation/" + font + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            renderer.setDocumentFromString(document, base == null ? null : base.toExternalForm());
            renderer.layout();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template, e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Could not render " + template + ": " + e.getMessage(), e);
        }
    }

    private static Template compile(String template) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(DIRECTORY + template)) {
            if (in == null) {
                throw new IllegalStateException("Report template missing from the application: " + DIRECTORY + template);
            }
            return Mustache.compiler().defaultValue("—").compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
