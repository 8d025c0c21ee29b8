package org.aifootprint.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration tests: the WAR that {@code mvn package} built — the artifact
 * that ships — plus this package's test helpers for the tests that run inside the container.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        String war = System.getProperty("aif.war", "target/ai-footprint.war");
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ai-footprint.war")
                .importFrom(new File(war))
                .as(WebArchive.class)
                .addPackage(Deployments.class.getPackage());
        return allowArquillianRunner(archive);
    }

    /**
     * The application requires a signed-in caller everywhere; Arquillian's in-container test runner
     * servlet must be reachable without one, in the test deployment only.
     */
    private static WebArchive allowArquillianRunner(WebArchive archive) {
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String publicPatterns = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(publicPatterns)) {
            throw new IllegalStateException("web.xml no longer has the public login pattern this helper extends");
        }
        archive.delete("WEB-INF/web.xml");
        return archive.setWebXML(new StringAsset(webXml.replace(publicPatterns,
                publicPatterns + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern><url-pattern>/ArquillianServletRunner</url-pattern>")));
    }
}
