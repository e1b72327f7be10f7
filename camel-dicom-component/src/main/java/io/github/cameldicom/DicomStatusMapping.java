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
 *   <li>the route set {@link DicomConstants#STATUS}: that status, with {@link DicomConstants#ERROR_COMMENT};</li>
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
        Integer status = exchange.getMessage().getHeader(DicomConstants.STATUS, Integer.class);
        if (status != null) {
            return new StoreResult(status, exchange.getMessage().getHeader(DicomConstants.ERROR_COMMENT,
                    String.class));
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
}
