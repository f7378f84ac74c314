//! Indonesian and Malay (`id`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from the tracking texts of Indonesian carriers (J&T Express Indonesia: paket telah sampai
//! di, paket akan dikirimkan ke alamat penerima, paket telah diterima oleh; JNE: manifested,
//! received at warehouse, with delivery courier, delivered to; SiCepat and Pos Indonesia) and Pos
//! Malaysia's Malay tracking (item diterima daripada pengirim, item keluar untuk penghantaran, item
//! telah dihantar, penghantaran tidak berjaya). Words such as "diterima" (received) name a hub as
//! often as a recipient, so a delivery needs the recipient's side ("diterima oleh").

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_diterima oleh|_telah diterima oleh|_sudah diterima|_terkirim_|_berhasil diantar|\
        _telah diantar|_sudah diantar|_telah dihantar|_penghantaran berjaya|\
        _berjaya dihantar",
    ),
    (
        "delivered.not",
        "_gudang|drop point|_gateway|_counter_|_cabang|_kurir|_pengirim|_daripada|\
        _sprinter|_sigesit|_driver_|_petugas|_courier|_konter|_loket|_agen_|_mitra|\
        _jasa kirim|_ekspedisi|_pick up|_pickup|_hub_|_sortation|_sortir",
    ),
    // "Diterima oleh" names who now holds the parcel: the carrier's own courier, counter,
    // agent or branch is a pickup or hand-over (SiCepat's courier is a "Sigesit", J&T's a
    // "Sprinter"); a person or the recipient is a delivery (the "delivered" slot above).
    (
        "picked-up-received-by",
        "_diterima oleh kurir|_diterima oleh sprinter|_diterima oleh sigesit|\
        _diterima oleh driver|_diterima oleh petugas|_diterima oleh courier|\
        _diterima oleh agen|_diterima oleh konter|_diterima oleh counter|_diterima oleh loket|\
        _diterima oleh mitra|_diterima oleh jasa kirim|_diterima oleh ekspedisi|\
        _diterima oleh gerai|_diterima oleh cabang|_diterima oleh drop point|\
        _di terima oleh kurir|_di terima oleh sprinter|_di terima oleh sigesit|\
        _di terima oleh driver|_di terima oleh petugas|_di terima oleh agen|\
        _di terima oleh konter|_di terima oleh counter|_di terima oleh loket",
    ),
    ("delivered-to-pickup-point.not", "drop point|_gudang|_kurir"),
    ("neg", "_tidak_|_gagal_|_belum_|_tdk_"),
    (
        "future",
        "_akan_|_estimasi|_dijadwalkan|_perkiraan|_dijangka",
    ),
    ("locker", "_loker_|_popbox|_locker_"),
    ("post-office", "_kantor pos|_pejabat pos"),
    ("pickup-point", "_gerai|_titik pengambilan|_agen pos|_kedai"),
    ("facility", "_gudang"),
    ("customs", "_bea cukai|_pabean|_kastam"),
    ("customs-cleared.2", "_selesai|_dirilis|_lolos|_dilepaskan"),
    ("customs-hold.2", "_ditahan|_tertahan"),
    ("customs-payment", "_bea masuk|_pajak|_cukai"),
    ("customs-payment.2", "_bayar|_pembayaran"),
    (
        "available",
        "_siap diambil|_dapat diambil|_menunggu diambil|_bisa diambil|_siap untuk diambil|\
        _sedia untuk diambil|_boleh diambil",
    ),
    ("cancelled", "_dibatalkan|_batal_"),
    (
        "label-created",
        "_resi dibuat|_pesanan dibuat|_data pengiriman|_manifes_|_dimanifes",
    ),
    (
        "awaiting-handover",
        "_menunggu pickup|_menunggu penjemputan|_menunggu diserahkan",
    ),
    (
        "return-delivered",
        "_retur diterima|_retur selesai|_diterima oleh pengirim|\
        _dikembalikan kepada pengirim dan diterima",
    ),
    (
        "return-under-way",
        "_retur_|_diretur|_dikembalikan|_pengembalian|_kembali ke pengirim|_dipulangkan",
    ),
    ("lost", "_hilang"),
    ("delivered-damaged", "_rusak"),
    ("damaged", "_rusak"),
    ("refused", "_ditolak|_menolak"),
    ("recipient-moved", "_pindah alamat|_sudah pindah"),
    (
        "address-issue-other",
        "_alamat tidak lengkap|_alamat tidak ditemukan|_alamat salah|_alamat tidak jelas|\
        _alamat tidak dijumpai|_alamat tidak lengkap",
    ),
    (
        "recipient-unavailable",
        "_penerima tidak ada|_tidak ada orang|_rumah kosong|_penerima tidak di tempat|\
        _penerima tiada",
    ),
    (
        "not-delivered-phrase",
        "_gagal kirim|_gagal antar|_gagal diantar|_pengiriman gagal|_gagal dikirim|\
        _tidak berhasil diantar|_penghantaran tidak berjaya|_gagal dihantar",
    ),
    (
        "not-yet-delivered",
        "_belum diterima|_belum dikirim|_belum diantar",
    ),
    (
        "unclaimed",
        "_tidak diambil|_tidak dituntut|_batas waktu pengambilan",
    ),
    (
        "at-local-facility",
        "_kantor pengantar|_sampai di kota tujuan|_tiba di kota tujuan",
    ),
    (
        "out-for-delivery",
        "_sedang diantar|_dalam pengantaran|_proses pengantaran|_dibawa oleh kurir|\
        _kurir sedang mengantar|_keluar untuk penghantaran|_dalam penghantaran|\
        _sedang dalam perjalanan ke alamat|_paket dibawa kurir|_paket dibawa sigesit|\
        _paket dibawa sprinter|_paket dibawa driver|_dibawa oleh kurir|_dibawa kurir|\
        _dikirim ke alamat penerima|_diantar ke alamat|_sedang dikirim ke alamat|\
        _kurir menuju alamat|_menuju alamat penerima|_dalam proses pengantaran",
    ),
    (
        "departed",
        "_dikirim ke|_berangkat dari|_keluar dari|_meninggalkan|_telah dikirim dari",
    ),
    (
        "picked-up",
        "_telah di pick up|_sudah di pick up|_dijemput|_diambil oleh kurir|\
        _paket telah diambil|_diterima daripada pengirim|_diterima dari pengirim|\
        _di pick up oleh|_dipickup oleh|_di pickup oleh|_telah dipickup|_sudah dipickup|\
        _pick up berhasil|_berhasil di pick up|_berhasil dipickup",
    ),
    (
        "arrived",
        "_sampai di|_tiba di|_telah tiba|_diterima di|_di terima di|_masuk gudang|_paket sampai|\
        _diterima gudang|_masuk hub|_tiba di hub|_diterima hub",
    ),
    ("processed", "_diproses|_disortir|_penyortiran"),
    ("delayed", "_tertunda|_terlambat|_keterlambatan"),
    ("held", "_ditahan"),
    (
        "in-transit",
        "_dalam perjalanan|_dalam proses pengiriman|_sedang dikirim|_dalam transit",
    ),
    ("delivery-noun", "_pengiriman|_pengantaran|_penghantaran"),
    (
        "pickup-scheduled",
        "_permintaan pickup|_permintaan pick up|_permintaan penjemputan|_menunggu pick up|\
        _mencari kurir|_mencari driver|_kurir ditugaskan|_menunggu kurir|_kurir akan menjemput|_kurir menuju lokasi penjemputan",
    ),
    (
        "pickup-failed",
        "_gagal pickup|_gagal dijemput|_pickup gagal|_penjemputan gagal|_gagal di pick up|\
        _gagal dipickup|_gagal di pickup|_pick up gagal",
    ),
    (
        "not-found",
        "_resi tidak ditemukan|_nomor resi tidak valid|_data tidak ditemukan",
    ),
];
