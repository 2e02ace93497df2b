-- The materials library of the one-time notification (issue 17): each standard material with its
-- standard name (Chinese and English), the wordings the catalogue and the departments use for it
-- (synonyms), and the approval category whose decision produces it (a document the process itself
-- issues, which the investor does not bring when that category is in the project's plan). Reference
-- data: loaded from config/notification/materials.csv at first start, replaced as a whole by an import.
-- produced_by names a catalogue category by its code; categories live in versioned catalogues, so no
-- foreign key. The notification's existing items are merged under the library's standard names when
-- the library is first loaded (notification.control.ShippedMaterials): that is this migration's data part.

CREATE TABLE standard_material (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    position    INTEGER      NOT NULL,
    name        VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    produced_by VARCHAR(20),
    CONSTRAINT uk_standard_material_name UNIQUE (name)
);

CREATE TABLE standard_material_synonym (
    material_code VARCHAR(20)  NOT NULL REFERENCES standard_material (code) ON DELETE CASCADE,
    item_order    INTEGER      NOT NULL,
    synonym       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_standard_material_synonym PRIMARY KEY (material_code, item_order)
);
