/**
 * logistik on Jakarta Persistence 3.2 with Hibernate ORM 7 over PostgreSQL, MariaDB and H2.
 * {@link io.logistik.jpa.JpaLogistik} makes stores; {@link io.logistik.jpa.LogistikSchema} names and
 * applies the versioned SQL schema they need.
 */
package io.logistik.jpa;
