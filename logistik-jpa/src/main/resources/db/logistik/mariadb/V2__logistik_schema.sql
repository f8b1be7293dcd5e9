-- logistik schema, version 2: reservations. An allocation holds units of one order line from one
-- storage; those of reserved orders make up stock.reserved (ReservationRepository.reconcile checks it).
-- No foreign key to stock, storage or SKU: a shipped order's allocations stay as its record after
-- an emptied stock row or storage is deleted.

CREATE TABLE logistik_allocation (
    order_id BIGINT NOT NULL,
    line_id BIGINT NOT NULL,
    storage_id BIGINT NOT NULL,
    sku_id BIGINT NOT NULL,
    quantity BIGINT NOT NULL,
    CONSTRAINT logistik_allocation_pk PRIMARY KEY (order_id, line_id, storage_id),
    CONSTRAINT logistik_allocation_order_fk FOREIGN KEY (order_id) REFERENCES logistik_order (id),
    CONSTRAINT logistik_allocation_line_fk FOREIGN KEY (line_id) REFERENCES logistik_order_line (id),
    CONSTRAINT logistik_allocation_quantity_ck CHECK (quantity > 0)
);
CREATE INDEX logistik_allocation_stock_ix ON logistik_allocation (storage_id, sku_id);
CREATE INDEX logistik_allocation_line_ix ON logistik_allocation (line_id);

UPDATE logistik_schema_version SET version = 2;
