-- logistik schema, version 1, for H2 2.x. Released files are never edited; changes come as V2, V3...
-- Text compares by UTF-16 unit, case- and accent-sensitive; the adapter sorts and range-compares
-- text through STRINGTOUTF8 so characters outside the BMP order by code point as on the other
-- databases. Lengths count UTF-16 units, hence 510 for 255 code points. The *_folded and
-- *_unaccented copies are written by the adapter (Java case and accent folds) and serve ilike and
-- unaccent_ilike, so SQL never needs LOWER or ILIKE. Timestamps are TIMESTAMP WITH TIME ZONE.

CREATE TABLE logistik_schema_version (
    version INTEGER NOT NULL,
    CONSTRAINT logistik_schema_version_pk PRIMARY KEY (version)
);
INSERT INTO logistik_schema_version (version) VALUES (1);

CREATE SEQUENCE logistik_storage_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE logistik_sku_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE logistik_stock_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE logistik_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE logistik_order_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE logistik_storage (
    id BIGINT NOT NULL,
    name VARCHAR(510) NOT NULL,
    name_folded VARCHAR(1020) NOT NULL,
    name_unaccented VARCHAR(1020) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT logistik_storage_pk PRIMARY KEY (id)
);
CREATE INDEX logistik_storage_name_ix ON logistik_storage (name);
CREATE INDEX logistik_storage_name_folded_ix ON logistik_storage (name_folded);
CREATE INDEX logistik_storage_name_unaccented_ix ON logistik_storage (name_unaccented);
CREATE INDEX logistik_storage_created_at_ix ON logistik_storage (created_at);
CREATE INDEX logistik_storage_updated_at_ix ON logistik_storage (updated_at);

CREATE TABLE logistik_sku (
    id BIGINT NOT NULL,
    product_name VARCHAR(510) NOT NULL,
    product_name_folded VARCHAR(1020) NOT NULL,
    product_name_unaccented VARCHAR(1020) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT logistik_sku_pk PRIMARY KEY (id)
);
CREATE INDEX logistik_sku_product_name_ix ON logistik_sku (product_name);
CREATE INDEX logistik_sku_product_name_folded_ix ON logistik_sku (product_name_folded);
CREATE INDEX logistik_sku_product_name_unaccented_ix ON logistik_sku (product_name_unaccented);
CREATE INDEX logistik_sku_created_at_ix ON logistik_sku (created_at);
CREATE INDEX logistik_sku_updated_at_ix ON logistik_sku (updated_at);

CREATE TABLE logistik_stock (
    id BIGINT NOT NULL,
    storage_id BIGINT NOT NULL,
    sku_id BIGINT NOT NULL,
    on_hand BIGINT NOT NULL,
    reserved BIGINT NOT NULL,
    CONSTRAINT logistik_stock_pk PRIMARY KEY (id),
    CONSTRAINT logistik_stock_key_uq UNIQUE (storage_id, sku_id),
    CONSTRAINT logistik_stock_storage_fk FOREIGN KEY (storage_id) REFERENCES logistik_storage (id),
    CONSTRAINT logistik_stock_sku_fk FOREIGN KEY (sku_id) REFERENCES logistik_sku (id),
    CONSTRAINT logistik_stock_on_hand_ck CHECK (on_hand >= 0),
    CONSTRAINT logistik_stock_reserved_ck CHECK (reserved >= 0 AND reserved <= on_hand)
);
CREATE INDEX logistik_stock_sku_ix ON logistik_stock (sku_id, storage_id);
CREATE INDEX logistik_stock_on_hand_ix ON logistik_stock (on_hand);
CREATE INDEX logistik_stock_reserved_ix ON logistik_stock (reserved);

CREATE TABLE logistik_order (
    id BIGINT NOT NULL,
    customer_name VARCHAR(510) NOT NULL,
    customer_name_folded VARCHAR(1020) NOT NULL,
    customer_name_unaccented VARCHAR(1020) NOT NULL,
    state VARCHAR(16) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT logistik_order_pk PRIMARY KEY (id),
    CONSTRAINT logistik_order_state_ck CHECK (state IN ('open', 'reserved', 'shipped'))
);
CREATE INDEX logistik_order_customer_name_ix ON logistik_order (customer_name);
CREATE INDEX logistik_order_customer_name_folded_ix ON logistik_order (customer_name_folded);
CREATE INDEX logistik_order_customer_name_unaccented_ix ON logistik_order (customer_name_unaccented);
CREATE INDEX logistik_order_state_ix ON logistik_order (state);
CREATE INDEX logistik_order_created_at_ix ON logistik_order (created_at);
CREATE INDEX logistik_order_updated_at_ix ON logistik_order (updated_at);

CREATE TABLE logistik_order_line (
    id BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    sku_id BIGINT NOT NULL,
    quantity BIGINT NOT NULL,
    CONSTRAINT logistik_order_line_pk PRIMARY KEY (id),
    CONSTRAINT logistik_order_line_sku_uq UNIQUE (order_id, sku_id),
    CONSTRAINT logistik_order_line_order_fk FOREIGN KEY (order_id) REFERENCES logistik_order (id),
    CONSTRAINT logistik_order_line_sku_fk FOREIGN KEY (sku_id) REFERENCES logistik_sku (id),
    CONSTRAINT logistik_order_line_quantity_ck CHECK (quantity > 0)
);
CREATE INDEX logistik_order_line_sku_ix ON logistik_order_line (sku_id);
CREATE INDEX logistik_order_line_quantity_ix ON logistik_order_line (quantity);
