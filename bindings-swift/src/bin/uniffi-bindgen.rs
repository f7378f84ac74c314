//! The uniffi bindings generator, built from the same uniffi version as the library.
//! `cargo run -p tracking-core-swift --features bindgen-cli --bin uniffi-bindgen -- generate ...`

fn main() {
    uniffi::uniffi_bindgen_main()
}
