//! The ordered text rules. Written from the carriers' published wording (CARRIERS.md) and
//! general facts about each language, following the labelling rules of TAXONOMY.md section 3.
//!
//! Syntax of a pattern group: alternatives separated by `|`; `xx:` sets the language of the
//! alternatives that follow; `_` is a word boundary. Texts are folded first (lower case, no
//! accents, `ß` -> `ss`, CamelCase split), so patterns are written folded: `zuruck`, `livre`.
//! Order matters: the first rule that holds wins, so negations, returns, failures and
//! "delivered to a pickup point" come before plain "delivered", and specific before generic.

use super::Spec;

macro_rules! strong {
    ($concept:literal => $to:literal, [$($g:expr),+ $(,)?] $(, not $none:expr)?) => {
        Spec { concept: $concept, to: $to, all: &[$($g),+], none: strong!(@none $($none)?), conf: 0.75, strong: true }
    };
    (@none) => { "" };
    (@none $none:expr) => { $none };
}

macro_rules! weak {
    ($concept:literal => $to:literal, [$($g:expr),+ $(,)?] $(, not $none:expr)?) => {
        Spec { concept: $concept, to: $to, all: &[$($g),+], none: strong!(@none $($none)?), conf: 0.55, strong: false }
    };
}

/// Words that say an event was delivered (past, positive). Guarded by `NEG` and `FUTURE`.
macro_rules! delivered {
    () => {
        "en:_delivered|delivery _successful|successfully _delivered|delivery _completed|delivery _complete_|_delivery _made|\
         de:zugestellt|erfolgreiche _zustellung|zustellung _erfolgreich|_geliefert|ausgeliefert|\
         empfanger _ubergeben|ubergeben _an _den _empfanger|\
         nl:afgeleverd|_bezorgd_|_geleverd_|overhandigd|\
         fr:_livre_|_livree|_distribue|remis au destinataire|remis en main|remis au|remis a votre|\
         es:_entregad|it:_consegnat|_recapitat|pt:_entregue|pl:_doreczon|_dostarczon|\
         zh:签收|妥投|已送达|已投递|投递成功|ja:お届け済|お届け先にお届け|配達完了|配達済|お渡し済|\
          sv:_levererad|_levererats|_utdelad|har _delats _ut|da:_leveret_|_afleveret|_omdelt|no:_er _levert|_ble _levert|_levert _til|\
         fi:_toimitettu|_luovutettu _vastaanottajalle|cs:_doruceno|_dorucena|_doruceny|tr:teslim _edildi|teslim _edilmistir|_aliciya _teslim"
    };
}

/// Negations in the ten languages (ne ... pas, nicht, niet, 未 ...).
macro_rules! neg {
    () => {
        "en:_not_|_never_|_unable|_could _n|_cannot_|_can _t_|_couldn|_failed|_no _one|_nobody|\
         de:_nicht_|_kein|_niemand|_fehlt|nl:_niet_|_geen_|_niemand|fr:_pas_|_non_|_aucun|\
         es:_no_|_sin_|it:_non_|pt:_nao_|pl:_nie_|_nieudan|zh:未|不|没|无法|失败|异常|ja:できません|ませんでした|不在|\
          sv:_inte_|_ej_|da:_ikke_|fi:_ei_|_eivat_|_epaonnistui|cs:_nelze|_nebyl|_nepodarilo|_nedoruc|tr:_edilemedi|_yapilamadi|_degil_|_basarisiz"
    };
}

/// Future, planned or conditional wording: not (yet) delivered.
macro_rules! future {
    () => {
        "en:_will_|_to _be_|_should _be|_can _be|_may _be|_maybe|_might|_could _be|_must_|_within|_expected|_estimated|_scheduled|_planned|_attempt|_pending|_soon|\
         de:_wird_|_werden_|_kann_|_konnen_|_voraussichtlich|_geplant|zustellversuch|\
         nl:_wordt_|_worden_|_verwacht|_gepland|fr:_sera_|_prevu|_va _etre|\
         es:_sera_|_prevista|_previsto|it:_sara_|_prevista|_previsto|pt:_sera_|pl:_zostanie|_planowan|\
         zh:预计|将于|将会|ja:予定|\
          sv:_kommer _att|_beraknas|_planerad|da:_vil _blive|_forventet|_forventes|no:_vil _bli|_ventes|fi:_arvioitu|_arvioidaan|_odotetaan|\
         cs:_bude_|_budou_|_predpoklad|tr:_edilecek|_tahmini|_planlanan"
    };
}

/// "Delivery to ..." as a noun: with a pickup place it means the parcel now waits there.
macro_rules! delivery_to {
    () => {
        "en:delivery to|delivery at|de:zustellung in|zustellung an|zustellung _in _die|nl:bezorging _bij|\
         levering _bij|fr:livraison _en|livraison _au|livraison _dans"
    };
}

/// Pickup points, lockers and post offices where a recipient collects.
macro_rules! locker {
    () => {
        "en:locker|parcel station|parcelstation|_packstation|_pack _station|\
         de:packstation|paketstation|nl:pakketautomaat|pakket automaat|fr:_casier|_consigne_|\
         es:taquilla|_casillero|it:_armadio|_locker|pt:_armario|pl:paczkoma|zh:快递柜|丰巢|智能柜|ja:ロッカー|\
          sv:_paketbox|_paketskap|da:_pakkeboks|_pakkeautomat|fi:pakettiautomaat|cs:_alzabox|_z _box|_balikobox|tr:_kargomat"
    };
}

macro_rules! post_office {
    () => {
        "en:post office|postal office|_postoffice|de:postfiliale|_filiale|nl:postkantoor|\
         fr:bureau de poste|_la _poste_|es:oficina de correos|_oficina _postal|it:ufficio postale|\
         pt:agencia _dos _correios|_agencia|pl:placowk|urzed pocztow|zh:邮局|营业厅|ja:郵便局|窓口|\
          sv:_postombud|da:_posthus|no:_postkontor|_post _i _butikk|fi:_postin _toimipist|cs:_na _poste|_na _pobocce|_pobocka|_pobocku|tr:_ptt _sube"
    };
}

macro_rules! pickup_point {
    () => {
        "en:pickup point|pick up point|pickup location|pick up location|parcelshop|parcel shop|\
         servicepoint|service point|access point|collection point|collection location|_outlet|pickup parcelshop|_agent _location|\
         de:paketshop|paket shop|_paketshop|annahmestelle|nl:post nl punt|postnl punt|afhaalpunt|\
         afhaallocatie|ophaalpunt|fr:point relais|relais|point retrait|point de retrait|point pickup|\
         es:punto de recogida|punto de entrega|it:punto di ritiro|punto ritiro|_punto _poste|fermopoint|fermo point|pt:ponto de retirada|\
         ponto de coleta|pl:punkt odbioru|punkt obslugi|zh:代收点|驿站|自提点|代收|ja:取扱店|コンビニ|\
          sv:_ombud_|_ombudet|_paketombud|_utlamningsstalle|_servicestalle|da:_pakkeshop|_udleveringssted|no:_hentested|_utleveringssted|fi:_noutopist|\
         cs:_vydejni _mist|_vydejnim _miste|tr:teslim _noktas|_kargo _noktas"
    };
}

macro_rules! facility {
    () => {
        "en:_depot|_terminal|sorting center|sorting centre|_facility|service center|service centre|\
         customer center|hold at location|_branch|_counter|de:_depot|paketzentrum|_lager|nl:sorteercentrum|\
         _depot|fr:_agence|es:_sucursal|it:_filiale|pt:_unidade|pl:_oddzial|zh:网点|营业部|ja:営業所|センター|\
          sv:_terminal|da:_terminal|no:_terminal|fi:_terminaali|cs:_depo_|_depu_|tr:_subesi|_subede|_subeye|_subesinde"
    };
}

macro_rules! customs {
    () => {
        "en:_customs|_custom _s_|_clearance|_broker|_duty_|_duties|_import _charges|_export _approved|\
         de:_zoll|zollabfertigung|_verzollung|nl:_douane|inklaring|invoeraangifte|_aangifte|\
         fr:_douane|dedouan|es:_aduana|it:_dogana|sdoganament|pt:alfandega|desembaraco|\
         pl:_clo_|_celn|zh:海关|清关|报关|ja:通関|税関|\
          sv:_tull_|_tullen|_fortull|_tullklar|da:_told_|_tolden|_fortold|no:_toll_|_tollen|_fortoll|fi:_tulli|_tullaus|\
         cs:_celni|_clo_|_celnic|tr:_gumruk"
    };
}

macro_rules! available {
    () => {
        "en:ready for pickup|ready for recipient pickup|recipient pickup|ready to collect|ready to pick up|\
         available to collect|redelivery or pickup|redelivery or pick up|nl:beschikbaar op|beschikbaar bij|beschikbaar in|en:ready for pick up|ready for collection|ready to be collected|\
         available for pickup|available for pick up|available for collection|awaiting collection|\
         awaiting pickup|awaiting customer pickup|awaiting _the _recipient|to be collected|can be collected|\
         can be picked up|to be picked up|held for customer pickup|held for pickup|held for collection|\
         hold at location|held at|at pick up location|at pickup location|at pickup point|arrival at pickup|\
         de:abholbereit|zur abholung|_abholen|kann _abgeholt|liegt _bereit|eingelegt|hinterlegt|bereitgestellt|nl:af te halen|kan worden opgehaald|\
         ligt klaar|klaar om|op te halen|kan _opgehaald|kan _worden _afgehaald|fr:a retirer|disponible en|disponible dans|disponible au|\
         en attente de retrait|pret a etre retire|es:listo para recoger|disponible para recoger|\
         disponible para retirar|it:pronto per il ritiro|disponibile per il ritiro|in giacenza|\
         pt:disponivel para retirada|aguardando retirada|pl:do odbioru|czeka na odbior|gotowa do odbioru|\
         zh:待取件|待自提|请取件|取件码|已放入|待领取|ja:保管中|ご来店|受取可能|\
          sv:_kan _hamtas|redo _att _hamtas|klar _att _hamtas|_att _hamta_|da:klar _til _afhentning|_kan _afhentes|\
         no:klar _til _henting|_kan _hentes|fi:_noudettavissa|_voidaan _noutaa|cs:_k _vyzvednuti|_ulozena|_ulozen_|\
         tr:teslim _alinabilir|teslim _almaya _hazir"
    };
}

/// The ordered rules. The first one that holds decides.
pub(crate) static RULES: &[Spec] = &[
    // --- Events that carry no state, or correct an earlier one (TAXONOMY "Unknown") ---
    strong!("internal-event" => "unknown.informational",
        ["en:internal event|_not _ready _for _collection|status not updated|_not _updated|\
          de:korrigiert|nl:gecorrigeerd|fr:corrige"]),
    weak!("delivery-evidence" => "unknown.informational",
        ["en:_photo|signature image|_proof _of _delivery|de:_zustellfoto|_foto|nl:_foto|fr:_photo|es:_foto|\
          it:_foto|pt:_foto"],
        not delivered!()),
    strong!("correction" => "unknown.informational",
        ["en:cancellation|de:stornierung|nl:annulering|fr:annulation|es:cancelacion|it:annullamento",
         "en:_removed|_reversed|_withdrawn|_deleted|de:geloscht|aufgehoben|zuruckgenommen|nl:verwijderd|ingetrokken|fr:supprime|es:eliminad|it:eliminat"]),
    strong!("return-cancelled" => "unknown.informational",
        ["de:ruckversand|retoure|ruckfuhrung|en:return|nl:retour",
         "de:storniert|annulliert|en:_cancel|nl:geannuleerd"],
        not "en:label|link"),
    // --- Cancellation ---
    strong!("cancelled" => "cancelled",
        ["en:_cancel|_canceled|_cancelled|_voided|_void_|label _expired|label link expired|label _has _expired|\
          de:_storniert|_stornierung|nl:_geannuleerd|_label _verstreken|geldigheidsduur|fr:_annule|annulation|\
          es:_cancelad|_anulad|it:_annullat|pt:_cancelad|pl:_anulowan|zh:取消|已撤销|撤单|ja:取消|キャンセル"],
        not "en:_request|_cdo_|appointment|_expiring|nl:bezorgafspraak|afspraak|en:_delivery _cancel"),
    // --- Shipper side: data, handover, collection from the shipper ---
    strong!("label-created" => "info_received.label_created",
        ["en:label _created|label _printed|label _was _created|created a label|shipping label|\
          shipment information _sent|shipment information received|shipping information received|\
          shipment info|shipping info|electronic _shipping|electronic _shipment|electronically|electronical|\
          billing information|shipment data|_data _uploaded|_data _submitted|_data _received|manifest _received|\
          _preadvice|_pre _advice|order processed|_ready _for _ups|\
          de:elektronisch|sendungsdaten|auftragsdaten|_avisiert|_angekundigt|nl:_voorgemeld|_aangemeld|\
          zendinggegevens|fr:_informations _recues|_annonce_|es:_prealta|_datos _recibidos|it:_dati _ricevuti|\
          pt:_etiqueta _emitida|_etiqueta _gerada|pl:_dane _przesylki|_zarejestrowan|zh:已下单|电子信息|订单信息|\
          sv:_elektronisk _information|_forhandsavis|_registrerad|da:_elektronisk _besked|_registreret|no:_elektronisk _melding|_registrert|\
          fi:_ennakkotied|_rekisteroity|cs:_elektronicka _data|_obdrzena _data|_udaje _o _zasilce|tr:kaydi _olusturuldu|_bilgisi _alindi"],
        not "en:_not _yet|nl:_nog _niet|de:_noch _nicht|de:_nicht_"),
    strong!("awaiting-handover" => "info_received.awaiting_handover",
        ["en:not _yet _arrived|not _yet _received|not yet handed|awaiting _item|awaiting parcel|awaiting handover|\
          awaiting _drop|not _yet _received _by|expected, _but|_expected _but _not|\
          de:noch _nicht|bisher _nicht|nl:nog _niet _aangenomen|nog _niet _ontvangen|niet fysiek|nog _niet _aangekomen|\
          nog _niet _aangeleverd|fr:pas encore|es:aun _no|todavia _no|it:non _ancora|pt:ainda _nao|\
          pl:jeszcze _nie|zh:待揽件|等待揽收|未揽收|ja:引受前"],
        not "en:_processed|_sorted|_delivered|de:zugestellt|nl:afgeleverd|_bezorgd"),
    strong!("pre-transit" => "info_received", ["en:_pre _transit|_pretransit|_information _received|_info _received"]),
    strong!("pickup-failed" => "info_received.pickup_failed",
        ["en:pickup _attempt|pick up _attempt|pickup _failed|collection _failed|failed _collection|pickup _missed|\
          could not be collected from|_not _ready _for _pickup|de:nicht _versandfertig|abholung _nicht|\
          abholung _fehlgeschlagen|nl:afhaalzending _niet|ophalen _mislukt|ophaalpoging|fr:enlevement _impossible|\
          enlevement _echoue|es:recogida _fallida|it:ritiro _non _effettuato|pl:nieudany _odbior _od _nadawcy"]),
    strong!("pickup-scheduled" => "info_received.pickup_scheduled",
        ["en:pickup _scheduled|scheduled _for _pickup|pickup _requested|collection _requested|collection _booked|\
          enroute to pickup|en route to pickup|pickup order|approaching pick|_out _for _parcel _collection|out for collection|\
          vehicle _dispatched|provided _by _the _sender _for _collection|pickup _request _received|\
          de:abholung _beauftragt|abholauftrag|abholung _geplant|nl:ophaalopdracht|ophaalverzoek|\
          fr:enlevement _programme|demande d enlevement|es:recogida _programada|it:ritiro _programmato|\
          pl:zlecenie _odbioru|zh:待揽收|揽件中|ja:集荷予定|集荷依頼"],
        not "en:recipient|receiver|customer _pickup|arrival _at|arrived _at"),
    // --- Returns: completed, then under way (TAXONOMY rule 5) ---
    strong!("return-picked-up" => "in_transit.picked_up",
        ["de:retoure|rucksendung|en:_return _shipment|_return _parcel|nl:retourzending|retourpakket",
         "en:picked up|collected|de:abgeholt|_angenommen|nl:opgehaald|ontvangen"],
        not neg!()),
    strong!("return-delivered" => "return_to_sender.returned",
        ["en:delivered back|returns _delivered|delivered _to _the _business _sender|delivered to _original _sender|delivered to _the _sender|delivered to _sender|delivered at _the _sender|\
          delivered to _shipper|delivered at _shipper|delivered to _the _shipper|delivered at _the _shipper|\
          _back _with _the _sender|return _delivered|return _received _by|\
          de:an _den _absender _zugestellt|an _den _auftraggeber _zugestellt|ruckversand _zugestellt|\
          beim _absender _angekommen|nl:retourzending _afgeleverd|retour _afgeleverd|afgeleverd _bij _de _afzender|\
          afgeleverd _bij _afzender|teruggeleverd|fr:retourne _et _livre|es:entregado _al _remitente|\
          it:consegnato _al _mittente|pt:entregue _ao _remetente|pl:doreczona _do _nadawcy|zh:退回签收|退件签收|退回成功|\
          ja:返還済|差出人へ返還"]),
    strong!("return-under-way" => "return_to_sender.in_progress",
        ["en:return to sender|return _to _the _sender|returning|will be returned|being returned|to be returned|\
          way back to _the _sender|way back to _sender|way back to _the _shipper|return _initiated|return _requested|\
          _sent _back _to _the _sender|_sent _back _to _sender|return shipment to|return _in _progress|\
          out for return|requested return|will return|return _the _package|return _the _parcel|\
          forward _expired|forwarding _expired|_recall|\
          _return _to _shipper|_return _to _origin|\
          de:ruckweg _zum|ruckfuhrung|_ruckversand|_rucksendung|_zuruck _an|_zuruckgefuhrt|_zuruckgesandt|\
          _zuruckgeschickt|_zuruck _zum|retoure|\
          nl:_retour _afzender|retour naar|gaat _retour|_retour_|terug naar|terug _gestuurd|teruggestuurd|\
          fr:_retour|renvoye|renvoi|es:_devolucion|_en _devolucion|_devuelto _al|_devolviendo|\
          it:_reso _al _mittente|in _restituzione|_rientro|in _ritorno|pt:_devolucao|_em _devolucao|_devolvido _ao|\
          pl:_zwrot|_zwracana|zh:退回|退件|退货|返回寄件|ja:返送|返還|\
          sv:_returneras|retur _till _avsandar|da:_returneres|retur _til _afsender|no:_returneres|retur _til _avsender|_sendes _i _retur|\
          fi:_palautetaan|_palautuu|palautus _lahettajalle|cs:_vracen|_vraceni|zpet _odesilatel|tr:_iade_|_iadesi|_gondericiye _iade"],
        not "en:_label|return _link|de:_etikett|nl:_label"),
    strong!("returned" => "return_to_sender",
        ["en:returned to _sender|returned to _the _sender|returned to _shipper|returned to _consignor|returned to _the _consignor|\
          returned to _origin|returned _to _the _shipper|_returned_|es:_devuelto|pt:_devolvido|it:_restituit|\
          sv:_returnerad_|_returnerats|da:_returneret|no:_returnert|fi:_palautettu|cs:_vracena _odesilateli"],
        not "en:_inventory|_to _the _facility|_to _the _depot"),
    weak!("delivered-document" => "unknown.informational",
        ["en:_pod_|proof of delivery|_message|_notification|_email|_e _mail|_sms_|_invoice|de:nachricht|\
          benachrichtigung|nl:_bericht|_melding|fr:_message|_avis_",
         delivered!()]),
    // --- Terminal trouble ---
    strong!("disposed" => "exception.disposed",
        ["en:_destroyed|_disposed|_disposal|_abandoned|de:vernichtet|vernichtung|entsorgt|nl:vernietigd|\
          fr:detruit|destruction|es:destruid|it:distrutt|pt:destruid|pl:zniszczon|utylizac|zh:销毁|ja:廃棄"]),
    strong!("seized" => "exception.seized",
        ["en:_seized|confiscat|de:beschlagnahmt|nl:_in _beslag|fr:saisi _par|es:incautad|decomisad|\
          it:sequestrat|pt:apreendid|pl:_zajet|zh:扣押|没收|ja:没収"]),
    strong!("lost" => "exception.lost",
        ["en:_lost_|reported _missing|package _missing|parcel _missing|shipment _missing|\
          whereabouts|cannot be located|could not be located|unable to locate|de:_verlust|_verloren|\
          nicht _auffindbar|verbleib|nl:_vermist|zoekgeraakt|fr:_perdu|_egare|es:_extraviad|_perdid|\
          it:_smarrit|_perso_|pt:_extraviad|pl:_zagubion|zaginion|zh:丢失|遗失|丢件|ja:紛失"]),
    strong!("delivered-damaged" => "delivered.damaged",
        ["en:damaged|_torn|_broken|de:beschadigt|beschadig|nl:beschadigd|fr:endommag|_abime|es:danad|\
          it:danneggiat|pt:danificad|avariad|pl:uszkodz|zh:破损|ja:破損",
         delivered!()],
        not concat!(neg!(), "|", future!())),
    strong!("damaged" => "exception.damaged",
        ["en:damaged|_damage_|_torn|_broken|shortage|de:beschadigt|beschadig|nl:beschadigd|fr:endommag|_abime|\
          es:danad|it:danneggiat|pt:danificad|avariad|pl:uszkodz|zh:破损|ja:破損"]),
    strong!("stopped" => "exception.stopped",
        ["en:intercept|_stopped _at _the _request|sender _requested|shipper _requested|requested this package be held|\
          _stop _request|de:sendungsstopp|sendung _anhalten|_angehalten|nl:_onderschept|tegengehouden|\
          fr:intercept|es:interceptad|pt:interceptad|pl:zatrzyman|zh:拦截|ja:差し止め"],
        not "en:_return"),
    strong!("investigation" => "exception.investigation",
        ["en:investigation|trace _initiated|being researched|de:nachforschung|ermittlung|verdacht|\
          nl:onderzoek|fr:enquete|es:investigacion|it:indagine|pt:investigacao|pl:postepowanie _wyjasniajace|\
          zh:调查|核查|ja:調査中"]),
    strong!("prohibited" => "exception.prohibited",
        ["en:prohibited|not permitted|dangerous goods|hazardous material|restricted _item|de:verboten|gefahrgut|\
          nl:verboden|fr:interdit|es:prohibido|it:vietat|pt:proibid|pl:zakazan|zh:违禁|禁寄|ja:禁制品"],
        not "en:weather"),
    // --- Customs: documents or release first, duties, cleared, normal processing ---
    strong!("customs-payment" => "exception.payment_required",
        ["en:_duty|_duties|_tax|_taxes|_charges|_fees|de:abgaben|gebuhr|einfuhrabgaben|\
          nl:invoerrechten|_kosten|fr:_droits|_taxes|_frais|es:_aranceles|_impuestos|it:_dazi|_tasse|\
          pt:_impostos|_taxas|pl:_clo_|_podatek|_oplat|zh:关税|税金|税费|ja:関税|税金",
         "en:_due_|_payable|_unpaid|_to _be _paid|must _be _paid|awaiting _payment|pay now|outstanding|\
          _until|_payment _required|de:zu _zahlen|_bezahlen|_zahlung|nl:_betalen|_betaling|fr:_payer|_paiement|\
          es:_pagar|_pago|it:_pagare|_pagamento|pt:_pagar|_pagamento|pl:_oplac|_zaplac|zh:支付|缴纳|待缴|ja:支払"],
        not "en:_received|_has _been _paid|_were _paid|_was _paid|de:bezahlt|nl:betaald|fr:paye_|es:pagado|pt:pago_"),
    strong!("customs-hold" => "exception.customs_hold",
        [customs!(),
         "en:_held|_hold|_delay|inspection|_exam|document|paperwork|_information|_not _possible|not _yet _released|\
          not _released|pending _release|_reject|refused|_required|contact|_query|_problem|_issue|screen|\
          de:zuruckgewiesen|festgehalten|kontrolle|verzog|_fehlend|unterlagen|dokumente|nl:tegengehouden|\
          vertraag|controle|documenten|fr:bloque|retenu|es:retenid|documentacion|it:bloccat|trattenut|\
          pt:retid|pl:zatrzym|zh:扣|查验|异常|ja:保留"],
        not "en:_completed|_cleared|_released _by|de:abgeschlossen|erfolgreich|nl:afgerond|_gereed"),
    strong!("customs-hold-other" => "exception.customs_hold",
        ["en:held for exam|_pending _release|not _yet _released _by|_clearance _delay"]),
    strong!("customs-cleared" => "in_transit.customs_cleared",
        [customs!(),
         "en:_cleared|_released|_release_|_completed|_complete_|_out _of|_approved|de:freigegeben|abgeschlossen|\
          erfolgreich|nl:vrijgegeven|afgerond|_gereed|fr:dedouane|libere|es:despachad|liberad|it:sdoganat|liberat|\
          pt:desembaracad|liberad|pl:odprawion|zh:放行|清关完成|已清关|ja:通関済|輸入許可"],
        not neg!()),
    weak!("cleared" => "in_transit.customs_cleared", ["en:_cleared _and|_cleared_"], not neg!()),
    strong!("customs" => "in_transit.customs", [customs!()]),
    // --- Failed deliveries with a reason, then generic attempts (TAXONOMY rules 6, 7) ---
    strong!("forwarded-new-address" => "in_transit.forwarded",
        ["en:forwarded to _a _new _address|forwarded to _the _new _address|new address|\
          de:nachgesendet|neue _adresse|nl:doorgestuurd naar nieuw|nieuw _adres|fr:nouvelle _adresse|\
          es:nueva _direccion|it:nuovo _indirizzo|pt:novo _endereco"]),
    strong!("refused" => "exception.refused",
        ["en:_refused|_refusal|_declined|rejected by _the _recipient|not accepted when delivery|\
          de:_verweigert|nl:_geweigerd|weigering|fr:_refuse|es:_rechazad|_rehusad|it:_rifiutat|pt:_recusad|\
          pl:_odmow|zh:拒收|拒签|ja:受取拒否"]),
    strong!("recipient-moved" => "exception.recipient_moved",
        ["en:_moved_|_has _moved|moved away|relocated|de:_verzogen|_umgezogen|nl:_verhuisd|fr:_demenage|\
          es:_se _ha _mudado|_mudanza|it:_trasferit|pt:_mudou|pl:_wyprowadzil|zh:搬迁|搬家|ja:転居"],
        not "en:_moved _to|_has _been _moved _to"),
    weak!("address-corrected" => "in_transit",
        ["en:_address", "en:_corrected|_updated|_changed"], not neg!()),
    strong!("address-issue" => "exception.address_issue",
        ["en:_address|_addressee|de:adresse|anschrift|nl:_adres|fr:_adresse|es:direccion|it:indirizzo|\
          pt:endereco|pl:_adres",
         "en:incorrect|incomplete|insufficient|_wrong|invalid|illegible|_bad_|not found|_unknown|does not exist|\
          _needed|unable to locate|cannot locate|_vacant|phone number|complete _address|_not _be _found|\
          de:fehlerhaft|unvollstandig|falsch|_unbekannt|nicht _gefunden|\
          nl:onjuist|onvolledig|onbekend|fr:incorrect|incomplet|inconnu|es:incorrect|incomplet|desconocid|\
          it:errat|incomplet|sconosciut|pt:incorret|incomplet|desconhecid|pl:bledn|niepeln|nieznan"]),
    strong!("address-issue-other" => "exception.address_issue",
        ["en:_undeliverable _as _addressed|name _is _incorrect|room number|apartment number|suite number|_vacant|\
          recipient _unknown|addressee _unknown|unknown _recipient|de:empfanger _unbekannt|nl:_onbekend|\
          fr:_inconnu|es:_desconocido|it:_sconosciuto|pt:_desconhecido|pl:_nieznany|\
          zh:地址不详|地址错误|地址有误|查无此人|ja:あて所不明|宛所不明|あて所に尋ねあたりません"]),
    strong!("carrier-delay" => "exception.delayed",
        ["en:tourenabbruch|route _aborted|_not _enough _time|ran out of time|missed _cycle|vehicle _breakdown|\
          mechanical|capacity|high _volume|volume|transfer time|missed _connection|missed _scheduled|\
          _interrupted|_unable _to _load|_traffic|de:_stau_|verkehrsstau|de:tourenabbruch|_krankheit|_defekt|sendungsvolumen|\
          nicht _mitgenommen|unterbrochen|nl:_capaciteit|onderbroken|fr:_capacite|es:_capacidad|it:_capacita"]),
    strong!("weather" => "exception.weather",
        ["en:weather|_storm|_snow|_flood|hurricane|natural disaster|_wildfire|de:_unwetter|witterung|_wetter|\
          nl:_weer_|weersomstandigheden|fr:intemperie|_meteo|es:_clima|meteorolog|it:maltempo|meteo|\
          pt:_tempo _ruim|_clima|pl:pogod|zh:天气|台风|暴雨|ja:天候|悪天候"]),
    strong!("exceptional-event" => "exception",
        ["en:exceptional event|force majeure|de:hoherer _gewalt|nl:overmacht"]),
    strong!("business-closed" => "attempt_fail.business_closed",
        ["en:business _closed|_closed_|closed early|closed on arrival|_is _closed|location closed|\
          de:_geschlossen|betriebsferien|_ferien|feiertag|nl:_gesloten _bedrijf|bedrijf _gesloten|_gesloten_|\
          fr:_ferme_|es:_cerrad|it:_chius|pt:_fechad|pl:_zamkni|zh:关门|ja:休業"],
        not "en:_manifest|nl:verklaring"),
    strong!("recipient-unavailable" => "attempt_fail.recipient_unavailable",
        ["en:not _home|_not _available|_not _present|_unavailable|_nobody|_no _one|_no _body|_absent|\
          missed you|_not _in_|de:nicht _angetroffen|nicht _anwesend|niemand|nicht _erreichbar|nicht _erreicht|\
          nl:niet _thuis|_gemist|niet _aanwezig|geadresseerde _is _onbereikbaar|niemand|\
          fr:_absent|absence|es:_ausente|_ausencia|it:_assente|pt:_ausente|pl:_nieobecn|nie _zastano|\
          zh:无人|不在家|联系不上|ja:ご不在|不在|\
          sv:_inte _hemma|da:_ikke _hjemme|no:_ikke _hjemme|_ikke _tilstede|fi:_ei _tavoitettu|_ei _kotona|cs:_nezastizen|\
          tr:_adreste _yok|_adreste _bulunamadi|_alici _bulunamadi"]),
    strong!("no-access" => "attempt_fail.no_access",
        ["en:no access|security access|access required|access denied|inaccessible|could not access|\
          unable to access|_gate|_receptacle|_blocked|de:kein _zugang|nicht _zuganglich|nl:onbereikbaar|\
          geen _toegang|fr:acces impossible|pas d acces|es:sin acceso|it:accesso negato|pt:sem acesso|\
          pl:brak _dostepu|zh:无法进入"]),
    strong!("no-safe-place" => "attempt_fail.no_safe_place",
        ["en:no safe place|no safe location|de:kein _ablageort|kein _sicherer|nl:geen veilige|fr:pas de lieu sur"]),
    strong!("id-check" => "attempt_fail.id_check_failed",
        ["en:_id_|identification|_identity|age _verification|age _check|adult _signature|_legitimation|\
          de:altersprufung|_ident|ausweis|nl:legitimatie|leeftijd|aflevercode|fr:piece d identite|\
          es:identificacion|it:documento _di _identita|pl:dowod|weryfikac"],
        not "en:_successful|de:erfolgreich|nl:gelukt"),
    strong!("payment-at-door" => "attempt_fail.payment_required",
        ["en:payment|_cash|_cod_|_money|de:nachnahme|bargeld|_geld|_zahlung|nl:betaling|rembours|\
          fr:paiement|es:_pago|contra reembolso|it:pagamento|contrassegno|pt:pagamento|pl:platnos|pobranie",
         concat!(neg!(), "|en:attempt|de:zustellversuch")]),
    strong!("payment-required" => "exception.payment_required",
        ["en:awaiting _payment|payment _required|held for _cod|_cod _payment|fees _are _paid|_charges _due|\
          de:zahlung _ausstehend|nl:verzoek tot betaling|_betaling|fr:paiement _requis|es:pendiente de pago|\
          it:in attesa di pagamento|pt:aguardando pagamento|pl:oczekuje na platnosc|zh:待付款|到付|ja:代金"],
        not "en:_received|de:bezahlt|nl:betaald"),
    strong!("undeliverable" => "exception.undeliverable",
        ["en:undeliverable|cannot be delivered|can not be delivered|unable to deliver|not deliverable|\
          _not _serve|outside _the _service _area|out of _the _service _area|dead letter|dead parcel|\
          de:unzustellbar|nicht zustellbar|nl:onbestelbaar|kan niet bezorgd|fr:non distribuable|\
          es:no se puede entregar|it:non recapitabile|pt:nao pode ser entregue|pl:niedoreczaln|\
          zh:无法投递|ja:配達できません"]),
    strong!("does-not-fit" => "attempt_fail",
        ["en:does not fit|doesn _t _fit|too large for|de:passt _nicht|nl:past _niet|fr:trop _grand|es:no _cabe|\
          it:non _entra|pl:nie _miesci"]),
    strong!("delivery-exception" => "attempt_fail", ["en:delivery exception"]),
    strong!("attempt" => "attempt_fail",
        ["en:attempt|missed you|_missed_|notice _left|_carded|card _left|_delivery _failed|_failed _delivery|\
          returning from delivery|de:zustellversuch|benachrichtigungskarte|nl:_gemist|nieuwe _poging|\
          _lukte _niet|fr:avis de passage|_tentative|es:intento _de _entrega|it:tentativo|mancata consegna|\
          pt:tentativa|pl:proba _doreczenia|nieudana|awizo|de:abholungseinladung|fr:avis de retrait|it:avviso di giacenza|zh:投递失败|派送失败|ja:持ち戻り|持戻|\
          sv:_leveransforsok|_utdelningsforsok|da:_leveringsforsog|no:_leveringsforsok|fi:_toimitusyritys|_jakeluyritys|\
          cs:_pokus _o _doruc|tr:teslimat _denemesi"],
        not "en:_out _for|_requested|_request|_next _business|_will _be _made|_another|_additional|de:_weiteren|nl:_volgt"),
    strong!("not-yet-delivered" => "in_transit",
        ["en:_yet_|de:_noch _nicht|nl:_nog _niet|fr:pas encore|es:todavia _no|aun _no|it:non _ancora|\
          pt:ainda _nao|pl:jeszcze _nie|zh:尚未|还未|ja:まだ",
         delivered!()]),
    strong!("not-delivered" => "attempt_fail", [neg!(), delivered!()]),
    strong!("not-delivered-phrase" => "attempt_fail",
        ["en:_not _delivered|could not deliver|couldn _t _deliver|did not deliver|were unable to deliver|\
          de:konnten _nicht _zustellen|nl:niet _bezorgen|fr:pas pu livrer|es:no _pudimos _entregar|de:_nicht _zugestellt|nicht _geliefert|nl:_niet _afgeleverd|niet _bezorgd|\
          fr:non _livre|pas _ete _livre|pas _pu _etre _livre|es:_no _entregad|it:non _consegnat|pt:nao _entregue|\
          pl:nie _doreczon|zh:未妥投|未签收|ja:配達できず|\
          sv:kunde _inte _levereras|inte _levererad|da:kunne _ikke _leveres|ikke _leveret|no:kunne _ikke _leveres|ikke _levert|\
          fi:ei _voitu _toimittaa|toimitus _epaonnistui|cs:_nedoruceno|_nedorucena|nebyla _dorucena|tr:teslim _edilemedi"]),
    // --- Unclaimed at a pickup point (without return wording, rule 6) ---
    strong!("unclaimed" => "exception.unclaimed",
        ["en:not _collected|not _picked _up|did _not _collect|_not _claimed|_unclaimed|uncollected|storage period|holding period|\
          de:nicht _abgeholt|keine _abholung|lagerfrist|nl:niet _opgehaald|niet _afgehaald|bewaartermijn|\
          fr:non _retire|non _reclame|delai de garde|es:no _retirado|no _recogido|it:non _ritirat|giacenza _scaduta|\
          pt:nao _retirad|nao _reclamad|pl:nieodebran|zh:超时未取|逾期未取|ja:保管期間経過"]),
    // --- Delays and holds ---
    strong!("missorted" => "exception.missorted",
        ["en:missort|misrout|mis _sort|missent|_miscode|sorted incorrectly|incorrectly sorted|wrong _route|\
          de:falsche _tour|falsch _sortiert|fehlgeleitet|fehlsortiert|nl:verkeerd _gesorteerd|fr:mal _achemine|\
          es:mal _dirigid|it:mal _indirizzat|zh:错分|误发"]),
    strong!("sorry-updated" => "exception.delayed",
        ["en:_sorry|_apologi|de:entschuldig|leider|nl:_sorry|excuses|helaas|fr:desole|es:lo sentimos|it:ci scusiamo"]),
    strong!("handed-to-partner" => "in_transit.handed_to_partner",
        ["en:handed over to|handed to|transferred to|tendered to|delivery partner|partner carrier|local carrier|\
          postal operator|accepted by usps|accepted by _the _post|sent to _the _post _office _for _delivery|\
          sent back to _the _post _office|shipping partner _received|agent for final delivery|sub _contractor|\
          subcontractor|interline|de:ubergeben an|_an _den _zustellpartner|ubergabe an|nl:overgedragen aan _post|\
          overgedragen aan _de|wordt bezorgd door|fr:remis a _la _poste|remis au transporteur|confie a|es:entregado a _la|it:affidat|\
          pt:entregue a _transportadora|pl:przekazana _do _partnera|przekazana _przewoznikowi|zh:转交|交由|委托|ja:引き渡し"],
        not "en:recipient|receiver|customer|consignee|addressee|exception|_problem|_delay|de:empfanger|kunde|nl:ontvanger|geadresseerde|\
             fr:destinataire|es:destinatario|it:destinatario|pt:destinatario|pl:adresat|odbiorc|\
          sv:_mottagare|_mottagaren|da:_modtager|_modtageren|no:_mottaker|_mottakeren|fi:_vastaanottaja|cs:_adresat|_adresatovi|_prijemc|tr:_alici"),
    strong!("delivery-choice" => "in_transit.delivery_arranged",
        ["en:instruction|_choice|_chosen|_selected|_we _deliver|_preferred|de:wunsch|gewahlt|nl:keuze|\
          _voorkeur|instructie|fr:_choix|es:_eleccion|it:_scelta"],
        not delivered!()),
    // --- Collected by the recipient; delivered to a pickup point (rule 2); sender drop-off (rule 3) ---
    strong!("sender-drop-off" => "in_transit.picked_up",
        ["en:handed in|dropped off|drop off|_deposited|_by _the _sender|_by _shipper|de:abgegeben|eingeliefert|\
          nl:ontvangen op|ingeleverd|afgegeven|fr:_depose|es:_depositad|admitid|it:accettat|_depositat|\
          pt:postad|pl:nadan|zh:已寄件|ja:差出|\
          sv:_inlamnad|_inlamnat|lamnats _in|da:_indleveret|no:_innlevert|fi:jatetty _postiin|cs:_podana|_podan_|_podani_"],
        not "en:recipient|receiver|_collect|mailbox|letterbox|fr:boite aux lettres|boite a lettres|destinataire|\
             de:empfanger|nl:ontvanger"),
    strong!("collected-by-recipient" => "delivered.picked_up_by_recipient",
        ["en:picked up|collected|de:abgeholt|nl:opgehaald|afgehaald|fr:retire|es:recogid|retirad|it:ritirat|\
          pt:retirad|pl:odebral|odebran|sv:_hamtad|_hamtats|_utlamnad|da:_afhentet|_udleveret|no:_hentet|_utlevert|fi:_noudettu|_luovutettu|cs:_vyzvednut|_vydana|_vydano|tr:teslim _aldi",
         "en:recipient|receiver|customer|consignee|addressee|de:empfanger|kunde|nl:ontvanger|geadresseerde|\
          fr:destinataire|es:destinatario|it:destinatario|pt:destinatario|pl:adresat|odbiorc|\
          sv:_mottagare|_mottagaren|da:_modtager|_modtageren|no:_mottaker|_mottakeren|fi:_vastaanottaja|cs:_adresat|_adresatovi|_prijemc|tr:_alici"],
        not concat!(neg!(), "|", future!(), "|en:courier|driver|sender|shipper|can _be|de:fahrer|absender|nl:koerier|afzender")),
    strong!("collected-by-recipient-phrase" => "delivered.picked_up_by_recipient",
        ["en:customer pickup _completed|collected at|collected from _the _parcel|picked up from _the _parcel|\
          fr:_retire _par|ja:窓口でお渡し|zh:已自提|已取件|取件成功|已取出"],
        not concat!(neg!(), "|", future!(), "|en:courier|driver|sender|shipper|can _be")),
    strong!("collected-from-post-office-or-locker" => "delivered.picked_up_by_recipient",
        ["en:picked up|collected|de:abgeholt|entnommen|nl:afgehaald|opgehaald|fr:retire|es:recogid|retirad|\
          it:ritirat|pt:retirad|pl:odebran",
         concat!(post_office!(), "|", locker!())],
        not concat!(neg!(), "|", future!(), "|en:courier|driver|sender|shipper|de:fahrer|absender|nl:koerier|\
          afzender|door _post _nl|door _postnl")),
    strong!("delivered-personal-locker" => "delivered.locker",
        ["en:parcel box|personal locker|home locker|_cbu_|nl:pakketkluis|de:paketkasten|fr:boite a colis|ja:宅配ボックス",
         delivered!()],
        not concat!(neg!(), "|", future!())),
    strong!("delivered-to-locker" => "available_for_pickup.locker", [concat!(delivered!(), "|", delivery_to!()), locker!()],
        not concat!(neg!(), "|", future!(), "|en:out for|on its way|en route|de:unterwegs|nl:onderweg")),
    strong!("delivered-to-post-office" => "available_for_pickup.post_office", [concat!(delivered!(), "|", delivery_to!()), post_office!()],
        not concat!(neg!(), "|", future!(), "|en:out for|on its way|en route|de:unterwegs|nl:onderweg", "|en:_by _local _post")),
    strong!("delivered-to-pickup-point" => "available_for_pickup.pickup_point", [concat!(delivered!(), "|", delivery_to!()), pickup_point!()],
        not concat!(neg!(), "|", future!(), "|en:out for|on its way|en route|de:unterwegs|nl:onderweg")),
    strong!("delivered-to-carrier-facility" => "available_for_pickup.carrier_facility",
        [delivered!(), "en:_depot|_terminal|_cfs_|freight station|service center|service centre|de:_depot|nl:_depot|tr:_subesine|_subeye|_subesinde|_subede"],
        not concat!(neg!(), "|", future!(), "|en:_agent _for|_for _final")),
    strong!("at-locker" => "available_for_pickup.locker", [available!(), locker!()], not neg!()),
    strong!("at-post-office" => "available_for_pickup.post_office", [available!(), post_office!()],
        not neg!()),
    strong!("at-pickup-point" => "available_for_pickup.pickup_point", [available!(), pickup_point!()],
        not neg!()),
    strong!("at-carrier-facility" => "available_for_pickup.carrier_facility",
        [available!(), facility!()], not neg!()),
    strong!("pickup-reminder" => "available_for_pickup.reminder",
        ["en:reminder|de:erinnerung|nl:herinnering|fr:rappel|es:recordatorio|it:promemoria|pt:lembrete|\
          pl:przypomnienie",
         "en:pickup|pick up|collect|redelivery|de:abhol|nl:ophalen|afhalen|fr:retrait|es:recog|retir|it:ritir|\
          pt:retir|pl:odbior"]),
    strong!("held-for-pickup" => "available_for_pickup.carrier_facility",
        ["en:held for customer pickup|held for pickup|held for collection|being held for|hold for collection"],
        not "en:_requested|_request|_requests|_confirmed"),
    strong!("available-for-pickup" => "available_for_pickup", [available!()],
        not "en:_requested|_request|_requests|_confirmed"),
    // --- Delivered, with where and how (guarded by negation and future wording) ---
    strong!("delivered-neighbor" => "delivered.neighbor",
        ["en:neighbo|de:nachbar|nl:_buren|buurman|buurvrouw|fr:voisin|es:vecino|it:vicino|pt:vizinho|pl:sasiad|\
          zh:邻居|ja:隣"],
        not concat!(neg!(), "|", future!(), "|de:wunschnachbar|en:preferred|courier|picked up at|nl:voorkeur")),
    strong!("delivered-mailbox" => "delivered.mailbox",
        ["en:mailbox|letterbox|letter box|postbox|post box|_po _box|de:briefkasten|nl:brievenbus|\
          fr:boite aux lettres|boite a lettres|es:buzon|it:cassetta|pt:caixa de correio|pl:skrzynk|\
          zh:信箱|邮箱|ja:郵便受け|ポスト"],
        not concat!(neg!(), "|", future!(), "|en:_notice|_card_|de:einladung|benachrichtigung|fr:_avis_|it:_avviso|nl:_kaart|_bericht")),
    strong!("delivered-safe-place" => "delivered.safe_place",
        ["en:back door|rear door|side door|_garage|_patio|_garden|_terrace|_carport|_shed|safe place|safeplace|\
          safe location|preferred location|other location at address|de:ablageort|garten|terrasse|\
          nl:veilige plek|_schuur|fr:lieu sur|es:lugar seguro|it:luogo sicuro"],
        not concat!(neg!(), "|", future!())),
    strong!("delivered-front-door" => "delivered.front_door",
        ["en:front door|frontdoor|_porch|doorstep|de:haustur|wohnungstur|nl:voordeur|fr:devant la porte|\
          es:_puerta|it:_porta_"],
        not concat!(neg!(), "|", future!())),
    strong!("delivered-agent" => "delivered.agent",
        [delivered!(),
         "en:_agent|reception|front desk|concierge|doorman|family member|household|mailroom|security desk|\
          de:rezeption|hausbewohner|familienangehorig|empfangsberechtigt|nl:receptie|huisgenoot|\
          fr:gardien|accueil|es:recepcion|conserje|it:portineria|portiere|pt:portaria|porteiro|pl:recepcj|\
          zh:前台|门卫|代签|代收人|ja:管理人"],
        not concat!(neg!(), "|", future!())),
    strong!("delivered-signed" => "delivered.signed",
        ["en:_signed|_sign _by|signature _obtained|left with _individual|met customer|in person|\
          de:personlich|nl:persoonlijk|fr:en main propre|es:en mano|pt:em maos|pl:do rak _wlasnych|ja:ご本人"],
        not concat!(neg!(), "|", future!(), "|en:_signed _up|_sign _up")),
    strong!("delivered-partial" => "delivered.partial",
        [delivered!(),
         "en:_partial|_partially|_in _part_|de:unvollstandig|teilweise|nl:gedeeltelijk|_manco|fr:partiel|\
          es:parcial|it:parzial|pt:parcial|pl:czesciow"],
        not concat!(neg!(), "|", future!())),
    strong!("delivered" => "delivered", [delivered!()],
        not concat!(neg!(), "|", future!(), "|en:_agent _for|_for _final")),
    // --- Arranged, rescheduled, forwarded ---
    strong!("hold-requested" => "in_transit.delivery_arranged",
        ["en:_hold|_held", "en:_requested|_request|_requests|_confirmed"], not "en:instructions|sender|shipper"),
    strong!("delivery-arranged" => "in_transit.delivery_arranged",
        ["en:change requested|receiver requests|recipient requested|customer requested|recipient _has _requested|\
          requested by _the _recipient|requested by _the _receiver|at _the _request _of _the _recipient|\
          additional attempt requested|delivery _requested|delivery _confirmed|_decision|\
          service _upgraded|updated the delivery information|customer s request|recipient s request|at _your _request|\
          de:auf _wunsch|nl:op _verzoek|fr:a _la _demande|en:change completed|change confirmed|changes _to _the _delivery|\
          agreed delivery|delivery appointment|_appointment|cdo requested|\
          preferred|_preference|\
          de:wunsch|vereinbarung|nl:bezorging _gewijzigd|gewijzigd naar|wordt bezorgd op|wordt afgeleverd bij|\
          bezorgvoorkeur|_voorkeur|_afspraak|fr:rendez vous|a la demande du destinataire|es:a peticion|_cita_|\
          it:su richiesta|appuntamento|pt:agendad|a pedido|pl:na zyczenie|umowion|zh:预约|ja:配達希望|希望受付|日時指定"]),
    strong!("rescheduled" => "in_transit.rescheduled",
        ["en:updated delivery|delivery date _changed|delivery date _updated|new delivery date|rescheduled|\
          _reschedule|delivery time _updated|postponed|expected delivery|estimated delivery|held until|\
          next working day|next business day|nl:bezorgdatum|de:verschoben|neuer _zustelltermin|nl:uitgesteld|_uitstel|\
          fr:reporte|es:reprogramad|it:riprogrammat|rinviat|pt:reagendad|adiad|pl:przelozon"]),
    strong!("forwarded" => "in_transit.forwarded",
        ["en:forwarded|redirected|rerouted|_re _routed|different address|location _changed|\
          de:andere adresse|umgeleitet|weitergeleitet|nachsendung|nl:doorgestuurd|ander adres|omgeleid|\
          fr:reexpedi|reachemin|es:redirigid|reenviad|it:reindirizzat|inoltrat|pt:redirecionad|\
          pl:przekierowan|zh:转寄|转投|ja:転送"]),
    // --- On the move ---
    strong!("picked-up-received-by" => "in_transit.picked_up",
        ["en:received by|_received _from _the _shipper|de:_ubernommen|nl:in ontvangst|ontvangen door|is ontvangen"],
        not "en:_facility|_hub|_center|_centre"),
    strong!("arrived-destination-country" => "in_transit.arrived_in_destination_country",
        ["en:arrived|arrival|_arrived _in|_reached|de:eingetroffen|angekommen|nl:aangekomen|gearriveerd|\
          fr:arrive|arrivee|es:llegad|llego|it:arrivat|pt:chegou|chegada|pl:dotarl|przybyl|zh:到达|ja:到着",
         "en:destination country|country of destination|destination _region|de:zielland|bestimmungsland|\
          nl:land van bestemming|bestemmingsland|fr:pays de destination|pays du destinataire|\
          es:pais de destino|it:paese di destinazione|pt:pais de destino|pl:kraju przeznaczenia|\
          zh:目的国|寄达国|ja:到着国"]),
    weak!("arrived-in-place" => "in_transit.arrived_in_destination_country",
        ["en:_arrived _in_|_arrival _in_"], not "en:_region|_area|_facility|_hub|_depot|_city|_your"),
    strong!("at-local-facility-words" => "in_transit.at_local_facility",
        ["en:_local", "en:_facility|_depot|_station|_office|_hub"], not neg!()),
    strong!("at-local-facility" => "in_transit.at_local_facility",
        ["en:arrived at _the _post office|arrived at post office|delivery station|delivery depot|\
          delivery centre|delivery center|delivery facility|delivery base|local _fedex _facility|local facility|\
          local depot|local post office|in your region|in your area|preparing for delivery|prepared for delivery|\
          ready for delivery|sorted for delivery|sorted at delivery|sorted at _the _delivery|\
          scheduled for delivery|available for delivery|delivery location|\
          de:zustellbasis|zustelldepot|zustellstutzpunkt|zustellung _vorbereitet|nl:bezorgdepot|in uw regio|\
          in je regio|bezorgcentrum|fr:site de livraison|preparation _de _la _livraison|en preparation|\
          es:oficina de destino|centro de reparto|it:centro di distribuzione|centro _di _recapito|\
          pt:unidade de distribuicao|centro de distribuicao|pl:oddzial doreczajacy|\
          zh:投递局|营业部|派件网点|到达派件|ja:配達店|配達局"],
        not "en:_on _its _way _to|_en _route _to|_heading _to|_towards|fr:_vers_|de:_unterwegs|_auf _dem _weg|\
             nl:_onderweg _naar|es:_hacia|it:_verso"),
    strong!("out-for-delivery-to-pickup-point" => "out_for_delivery.to_pickup_point",
        ["en:on its way to _the _pickup|en route to _the _pickup|on the way to _the _pickup|on its way to _the _parcel",
         pickup_point!()]),
    strong!("arriving-soon" => "out_for_delivery.arriving_soon",
        ["en:arriving soon|nearby|few stops away|stops away|_driver _is _close|customer contacted|\
          de:in kurze|bald _da|nl:binnenkort|bijna _bij|fr:bientot|es:pronto|it:a breve|pl:wkrotce"]),
    strong!("out-for-delivery" => "out_for_delivery",
        ["en:out for delivery|onboard for delivery|on board for delivery|vehicle for delivery|\
          loaded on delivery vehicle|loaded on _the _delivery vehicle|loaded onto _the _delivery|\
          loaded for delivery|with delivery courier|with _the _delivery _courier|with courier|with _the _courier|\
          out for distribution|in delivery|on its way to you|en route to you|driver is on|courier is on|\
          on _the _delivery _vehicle|redispatched|second delivery|\
          de:in zustellung|zustelltour|zustellfahrzeug|auf _tour|zur zustellung _geladen|\
          nl:bezorger is onderweg|in bezorging|met de bezorger|distributieproces|onderweg naar je|\
          fr:en cours de livraison|en livraison|en tournee|es:en reparto|ruta de entrega|salio para entrega|\
          it:in consegna|in distribuzione|pt:saiu para entrega|rota de entrega|pl:w doreczeniu|\
          wydana do doreczenia|przekazana kurierowi|zh:派送中|派件中|正在派送|正在投递|安排投递|派件员|\
          ja:持ち出し中|配達中|配達に出|\
          sv:ute _for _leverans|ute _for _utdelning|_utkorning|da:ude _til _levering|_udbringning|no:ute _for _levering|_utkjoring|\
          fi:_jakelussa|lahtenyt _jakeluun|cs:_v _dorucovani|_k _doruceni|tr:_dagitimda|_dagitima _cikar|_kuryeye _verildi|_dagitim _surecinde"],
        not "en:_return"),
    strong!("departed" => "in_transit.departed_facility",
        ["en:departed|_depart|departure|_left_|has left|_leaving|_dispatched|despatched|_sent _to|sent from|\
          _outbound|de:verlassen|abgang|abgefahren|nl:vertrokken|verzonden naar|_verlaten|fr:_parti|a quitte|\
          expedie|es:_salio|salida|it:partit|in partenza|pt:partiu|_saiu|pl:wyjechal|wyslan|opuscil|\
          zh:离开|发往|已发出|已发车|装车|ja:発送|出発|\
          sv:har _lamnat|_avgatt|da:har _forladt|_afgaet|no:har _forlatt|fi:_lahtenyt|_lahti_|cs:_odeslan|_vypraven|tr:_cikis _yapti|_yola _cikti|_cikti_"],
        not "en:_shipper s|de:auftraggeber|lieferanten"),
    strong!("picked-up" => "in_transit.picked_up",
        ["en:picked up|pickup scan|pick up scan|pickup by|_accepted|_accept_|acceptance|we have your package|has received|\
          in possession|_posting|_posted|_collected|de:abgeholt|ubernommen|_angenommen|eingeliefert|\
          verlassen|abholung|nl:opgehaald|afgehaald|ontvangen|aangenomen|fr:entre nos mains|pris en charge|prise en charge|\
          es:admitid|recogid|it:accettat|ritirat|pt:aceito|postado|coletad|pl:nadan|przyjet|\
          zh:收寄|揽收|已收件|已收取|揽件|已揽|ja:引受|集荷|\
          da:_modtaget _af|no:_mottatt _av|fi:_vastaanotettu|_noudettu _lahettajalta|cs:_prevzata _od|_prevzeti _od|_prevzata _prepravcem|tr:_kabul _edildi|_gonderi _kabul"],
        not "en:_not _picked|_not _accepted|_not _been _picked|_not _collected|_not _yet _picked|\
             de:_nicht _abgeholt|nicht _angenommen|nl:_niet _opgehaald|niet _aangenomen"),
    strong!("arrived" => "in_transit.arrived_at_facility",
        ["en:arrived|arrival|_arrive|received at|received in|_reached|_unloaded|\
          de:eingetroffen|angekommen|eingang|_entladen|nl:aangekomen|gearriveerd|binnengekomen|fr:arrive|arrivee|\
          es:llegad|llego|it:arrivat|pt:chegou|chegada|pl:dotarl|przybyl|zh:到达|到件|ja:到着|\
          sv:_ankommit|_anlant|da:_ankommet|no:_ankommet|_ankom_|fi:_saapunut|_saapui|cs:_dorazil|_dorazila|_prijata _na|tr:_ulasti|_varis_|_geldi_"]),
    strong!("processed" => "in_transit.processed",
        ["en:processed|processing|_sorted|_sorting|de:sortiert|bearbeitet|nl:gesorteerd|sortering|\
          fr:_trie_|_triee|traitement|traite|es:clasificad|procesad|it:smistat|lavorazion|pt:processad|triad|\
          pl:sortowan|przetworzon|zh:处理|分拣|ja:仕分|\
          sv:_sorterad|_sortering|da:_sorteret|_sortering|no:_sortert|_sortering|fi:_lajiteltu|_lajittel|cs:_zpracovan|_vytriden|tr:_islendi|_islem _gordu"],
        not neg!()),
    weak!("problem-resolved" => "in_transit",
        ["en:resolved|de:behoben|nl:opgelost|fr:resolu|es:resuelto|it:risolto|pt:resolvido"]),
    weak!("held" => "exception.held_by_carrier",
        ["en:on hold|_held_|_hold _for|awaiting instructions|in storage|being kept|de:aufbewahrt|de:zuruckgehalten|nl:vastgehouden|_in _opslag|\
          fr:en attente d instructions|es:en espera|it:trattenut|pt:retid|pl:wstrzyman|zh:滞留|ja:保管"]),
    weak!("delayed" => "exception.delayed",
        ["en:delay|_late_|behind schedule|too _late|de:verzog|verspat|unpunktlich|zu _spat|nl:te _laat|vertraag|fr:_retard|es:retras|_demora|\
          it:_ritard|pt:_atras|pl:opozn|zh:延误|延迟|ja:遅延|遅れ"]),
    weak!("exception" => "exception",
        ["en:exception|_problem|_issue|irregular|_failure|contact _customer _service|contact _us|\
          nl:neem contact|de:kontaktieren _sie|fr:contactez|de:storung|_problem|nl:probleem|fr:incident|anomalie|\
          es:incidencia|_problema|it:anomalia|_problema|pt:_problema|pl:_problem|zh:异常|问题件|ja:事故"]),
    weak!("delivery-planned" => "in_transit", [delivered!(), future!()], not neg!()),
    weak!("in-transit" => "in_transit",
        ["en:transit|enroute|on the way|_scan_|warehouse|linehaul|line haul|_in _facility|nl:lijndienst|de:hauptlauf|en:on its way|en route|_transport|_moving|_plane|_flight|_shipped|\
          de:unterwegs|_transport|_flug|nl:onderweg|_vlucht|fr:acheminement|en transit|es:en camino|transito|\
          it:transito|in viaggio|pt:transito|a caminho|pl:w drodze|transporcie|tranzycie|\
          zh:运输中|在途|转运|中转|运输|ja:輸送中|中継|\
          sv:under _transport|_pa _vag_|da:_undervejs|_pa _vej_|no:_underveis|_pa _vei_|fi:_kuljetuksessa|_matkalla|cs:_v _preprave|_prepravovan|\
          tr:_yolda_|_transfer _merkez|_aktarma"]),
    weak!("notification" => "unknown.informational",
        ["en:notification|notified|_e _mail|_email|_sms_|text message|_signature|service _changed|\
          service _updated|_expiring|arriving early|_ahead _of _schedule|weigh|new tracking number|\
          de:vermessen|nl:gewogen|de:benachrichtig|\
          nl:_bericht|melding|fr:_avis_|es:_aviso|it:_avviso|pl:powiadomien|zh:通知|ja:お知らせ"]),
];
