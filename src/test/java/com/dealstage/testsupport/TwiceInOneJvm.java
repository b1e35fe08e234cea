package com.dealstage.testsupport;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.TagFilter.includeTags;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the tests twice in a row in one JVM, so that a test which only passes on an empty database or a fresh
 * Spring context cache shows itself: the second run meets the data, cached contexts, engine clock and static
 * state the first one left behind, as a developer's IDE or a long-lived test JVM would.
 *
 * <p>A {@code main}, not a test (it runs the whole suite twice). The tag expression selects which tests; the
 * default is what Surefire's default execution runs in one JVM. Tests tagged {@code own-context} start contexts
 * of their own and run one per JVM by design; {@code moves-clock} tests share a JVM of their own:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.dealstage.testsupport.TwiceInOneJvm
 * java -cp ... com.dealstage.testsupport.TwiceInOneJvm "moves-clock &amp; !own-context"
 * java -cp ... com.dealstage.testsupport.TwiceInOneJvm "!own-context" com.dealstage.deal.DealApiTest
 * </pre>
 * Exit status 0 only when both runs found tests and neither had a failure.
 */
public final class TwiceInOneJvm {

    static final String DEFAULT_TAGS = "!own-context & !moves-clock";

    private TwiceInOneJvm() {
    }

    public static void main(String[] args) {
        String tags = args.length > 0 ? args[0] : DEFAULT_TAGS;
        LauncherDiscoveryRequest suite = request()
                .selectors(args.length > 1 ? selectClass(args[1]) : selectPackage("com.dealstage"))
                .filters(includeTags(tags))
                .build();
        Launcher launcher = LauncherFactory.create();
        boolean green = true;
        for (int run = 1; run <= 2; run++) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(suite, listener);
            TestExecutionSummary summary = listener.getSummary();
            PrintWriter out = new PrintWriter(System.out, true);
            out.printf("%nRun %d of 2 (%s): %d tests found, %d succeeded, %d failed, %d aborted, %d skipped%n", run, tags,
                    summary.getTestsFoundCount(), summary.getTestsSucceededCount(), summary.getTotalFailureCount(),
                    summary.getTestsAbortedCount(), summary.getTestsSkippedCount());
            summary.printFailuresTo(out, 25);
            green &= summary.getTestsFoundCount() > 0 && summary.getTotalFailureCount() == 0;
        }
        System.exit(green ? 0 : 1);
    }
}
