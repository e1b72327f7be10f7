package io.github.cameldicom.fuzz;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Adapts Jazzer's two modes to this build; registered on every fuzz test class. A setting the caller made
 * ({@code -Dkey=value} or {@code junit-platform.properties}) is never overridden.
 *
 * <ul>
 *   <li><b>Regression mode</b> (no {@code JAZZER_FUZZ}, the normal build): Jazzer only replays the inputs in the
 *       resources directory, but it would still load its ~1,700 method hooks (compare tracing for the fuzzer, and bug
 *       detectors for SQL, LDAP or OS command injection and the like, which these parsers cannot reach) and
 *       instrument every project class with them: 12 seconds, and instrumented classes in the JVM that runs the rest
 *       of the module's tests. So this sets {@code jazzer.hooks=false}.</li>
 *   <li><b>Fuzzing mode</b> ({@code JAZZER_FUZZ=1}): the whole campaign is a single JUnit invocation, so JUnit's
 *       {@code @Timeout} would fail it after a few seconds. Jazzer already turns the {@code @Timeout} of the test
 *       class into libFuzzer's per-input {@code -timeout}, which is what we want; this sets
 *       {@code junit.jupiter.execution.timeout.mode=disabled} so that JUnit does not time the campaign too.</li>
 * </ul>
 *
 * <p>Both are read from the JUnit configuration parameters, which fall back to system properties, after this
 * callback: Jazzer's when the first fuzz test of the JVM provides its arguments, JUnit's when the first test method
 * is invoked.
 */
final class FuzzMode implements BeforeAllCallback {

    static final String HOOKS = "jazzer.hooks";
    static final String TIMEOUT_MODE = "junit.jupiter.execution.timeout.mode";

    /** Whether Jazzer fuzzes: {@code JAZZER_FUZZ} set to a non-empty value, as Jazzer decides it. */
    static boolean fuzzing() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        return fuzz != null && !fuzz.isEmpty();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (fuzzing()) {
            setIfAbsent(context, TIMEOUT_MODE, "disabled");
        } else {
            setIfAbsent(context, HOOKS, "false");
        }
    }

    private static void setIfAbsent(ExtensionContext context, String key, String value) {
        if (context.getConfigurationParameter(key).isEmpty()) {
            System.setProperty(key, value);
        }
    }
}
