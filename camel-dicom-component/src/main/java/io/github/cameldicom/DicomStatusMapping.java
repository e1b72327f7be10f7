package io.github.cameldicom;

import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.dimse.StoreResult;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;

/**
 * Turns the outcome of an exchange into the status of its C-STORE response (PS3.4 Annex B.2.3). An SCU is told
 * success only when the route completed normally.
 *
 * <ul>
 *   <li>the route set {@link DicomConstants#STATUS} (a number, or text such as "0xB000"): that status, with
 *       {@link DicomConstants#ERROR_COMMENT}; 0xA700 if the value is no 16-bit status;</li>
 *   <li>the exchange failed: 0xA700 (Refused: Out of Resources), which makes SCUs retry later;</li>
 *   <li>an error handler or doCatch handled an exception: also 0xA700, since the instance did not take the route's
 *       normal path (set CamelDicomStatus to answer otherwise);</li>
 *   <li>otherwise 0x0000 (Success).</li>
 * </ul>
 */
final class DicomStatusMapping {

    private DicomStatusMapping() {
    }

    static StoreResult outcome(Exchange exchange) {
        Object status = exchange.getMessage().getHeader(DicomConstants.STATUS);
        if (status != null) {
            return routeStatus(status, exchange.getMessage().getHeader(DicomConstants.ERROR_COMMENT, String.class));
        }
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class);
        }
        if (failure != null || exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
            return StoreResult.failure(Status.REFUSED_OUT_OF_RESOURCES,
                    failure != null ? failure.getClass().getSimpleName() : "route rolled back");
        }
        return StoreResult.SUCCESS;
    }

    /**
     * The status a route set: a number, or text as routes in YAML or XML set it ("0xB000", "45056"). A value that is
     * no 16-bit status refuses the instance instead of failing the association.
     */
    private static StoreResult routeStatus(Object status, String errorComment) {
        long value = -1;
        if (status instanceof Number n) {
            value = n.longValue();
        } else {
            try {
                value = Long.decode(status.toString().trim());
            } catch (NumberFormatException e) {
                // not a status: refused below
            }
        }
        if (value < 0 || value > 0xFFFF) {
            return StoreResult.failure(Status.REFUSED_OUT_OF_RESOURCES, "invalid CamelDicomStatus " + status);
        }
        return new StoreResult((int) value, errorComment);
    }
}
