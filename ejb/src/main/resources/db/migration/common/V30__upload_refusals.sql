-- An upload the office or the asking department checked and refused, with the reason the investor
-- reads beside the item; the item stays outstanding until a new upload is received. (Issue 17.)

ALTER TABLE material_upload ADD COLUMN refused_reason VARCHAR(500);
ALTER TABLE material_upload ADD COLUMN refused_by VARCHAR(64);
ALTER TABLE material_upload ADD COLUMN refused_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE material_upload ADD CONSTRAINT ck_material_upload_refused
    CHECK ((refused_at IS NULL AND refused_reason IS NULL AND refused_by IS NULL)
        OR (refused_at IS NOT NULL AND refused_reason IS NOT NULL AND refused_by IS NOT NULL));
