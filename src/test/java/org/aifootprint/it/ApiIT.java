package org.aifootprint.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application from outside, as browsers and scripts use it, in one deployment: platform (login, roles,
 * menus), activity data, footprint, disclosures, imports and green procurement (vendors, scorecards). The scenarios live in their feature's interface.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT implements PlatformScenarios, ActivityDataScenarios, FootprintScenarios, DisclosureScenarios, ImportScenarios, VendorScenarios, GovernanceScenarios {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Override
    public URL base() {
        return base;
    }
}
