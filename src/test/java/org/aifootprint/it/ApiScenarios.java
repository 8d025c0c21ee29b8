package org.aifootprint.it;

import java.net.URL;

/**
 * Black-box scenarios run from outside against one deployment of the application ({@link ApiIT}): each
 * feature's scenarios are an interface of default {@code @Test} methods, so that they share the deployment
 * (deploying costs about 35 s) and CI stays short.
 */
interface ApiScenarios {

    /** The application's base URL. */
    URL base();
}
