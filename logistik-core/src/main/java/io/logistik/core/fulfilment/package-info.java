/**
 * Fulfilment planning: which storages ship which units of an order.
 *
 * <p>{@link io.logistik.core.fulfilment.FulfilmentPlanner#plan FulfilmentPlanner.plan(order, snapshot, options)}
 * is a pure function: no I/O, deterministic (ties included), inputs never mutated. It works on
 * available stock ({@code on_hand - reserved}) and returns a {@link io.logistik.core.fulfilment.FulfilmentResult}:
 * a {@link io.logistik.core.fulfilment.Plan}, a {@link io.logistik.core.fulfilment.Shortfall} or a
 * {@link io.logistik.core.fulfilment.Refusal}. Strategies are pluggable through
 * {@link io.logistik.core.fulfilment.FulfilmentStrategy}; the built-ins come from
 * {@link io.logistik.core.fulfilment.FulfilmentStrategies}. {@link io.logistik.core.fulfilment.FulfilmentService}
 * loads an order and its stock from a store and plans it.
 */
package io.logistik.core.fulfilment;
