/**
 * The adapter's entities, mappers, filter compiler and repositories. Internal: not part of the API and
 * free to change in any release; use {@link io.logistik.jpa.JpaLogistik}.
 */
package io.logistik.jpa.internal;
