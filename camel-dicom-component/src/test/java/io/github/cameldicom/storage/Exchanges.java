package io.github.cameldicom.storage;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.UnitOfWorkHelper;

/** Exchanges for calling the processor directly, without a route: created with headers, completed by hand. */
final class Exchanges {

    private Exchanges() {
    }

    static Exchange withHeaders(CamelContext context, Map<String, Object> headers) {
        Exchange exchange = new DefaultExchange(context);
        headers.forEach(exchange.getMessage()::setHeader);
        return exchange;
    }

    /** Runs the exchange's completions, as a route's unit of work does when the exchange is done. */
    static void complete(Exchange exchange) {
        UnitOfWorkHelper.doneSynchronizations(exchange, exchange.getExchangeExtension().handoverCompletions());
    }
}
