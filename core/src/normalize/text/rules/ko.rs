//! Korean (`ko`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from the step names of Korean carriers' public tracking pages: CJ Logistics (CJ대한통운:
//! 집화처리 picked up, 간선상차 loaded onto the trunk line, 간선하차 unloaded at the hub, 배달출발 out
//! for delivery, 배달완료 delivered, 미배달 not delivered), Korea Post (우체국 처리현황: 접수 accepted,
//! 발송 dispatched, 도착 arrived, 배달준비 prepared for delivery, 배달완료), Lotte and Hanjin (상품접수,
//! 상품 이동중, 배송출발, 배송완료). Korean is written with spaces between words but particles and
//! endings attach to them, so most words match inside a word, as in Japanese.
//! CJ Logistics publishes no code list; integrations that read its tracking API list its scan
//! names with codes (01 배송준비 preparing, 11 집화처리, R1 행낭포장 bagging, 21 SM입고 received at
//! the delivery branch, 41/44 간선상차, 42 간선하차, 43 간선이동중, 82 배송출발, 84 배송중, 91
//! 배송완료), and their descriptions (보내시는 고객님으로부터 상품을 인수받았습니다, 물류터미널로 상품이
//! 이동중입니다, 고객님의 상품이 배송지에 도착하였습니다, 고객님의 상품을 배송할 예정입니다), which
//! these words follow; without an official list there is no code table.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "배달완료|배송완료|배달 완료|배송 완료|배달되었|배달됨|전달완료|인도완료|수령완료|수령 완료",
    ),
    ("neg", "미배달|미배송|실패|불가|못했|않았|않음"),
    ("future", "예정|예약"),
    ("locker", "보관함|락커|무인함"),
    ("pickup-point", "편의점|픽업"),
    ("facility", "터미널|대리점|영업소|집배센터|물류센터"),
    ("customs", "통관|세관"),
    ("customs-cleared.2", "통관완료|통관 완료|반출|수입신고 수리"),
    ("customs-hold.2", "보류|통관불가|통관 불가"),
    ("customs-payment", "관세|부가세|세금"),
    ("customs-payment.2", "납부|결제"),
    (
        "available",
        "보관중|보관 중|수령 가능|수령가능|찾아가|픽업 가능|픽업가능",
    ),
    ("cancelled", "취소|삭제"),
    (
        "label-created",
        "운송장 출력|운송장출력|운송장 등록|운송장등록|송장 등록|송장등록|송장출력",
    ),
    (
        "pre-transit",
        "상품준비|상품 준비|접수대기|집화대기|집하대기|배송준비|배송 준비",
    ),
    ("pickup-scheduled", "집화예정|집하예정|방문예정|수거예정"),
    (
        "return-delivered",
        "반송완료|반송 완료|반품완료|반품 완료|반송 배달완료",
    ),
    ("return-under-way", "반송|반품|회송"),
    ("lost", "분실"),
    ("delivered-damaged", "파손"),
    ("damaged", "파손"),
    (
        "refused",
        "수취거절|수취 거절|수령거절|수령 거절|수령거부|인수거절|인수 거절",
    ),
    ("recipient-moved", "이사|전출"),
    (
        "address-issue-other",
        "주소불명|주소 불명|주소오류|주소 오류|수취인불명|수취인 불명|주소지 불명",
    ),
    ("recipient-unavailable", "부재|연락두절|연락 두절"),
    (
        "not-delivered-phrase",
        "미배달|미배송|배달실패|배송실패|배달 실패|배송 실패|배달불가|배송불가|배달 불가|배송 불가",
    ),
    (
        "unclaimed",
        "미수령|보관기간 만료|보관기간만료|보관기간 경과",
    ),
    ("delivered-personal-locker", "무인택배함|택배함"),
    ("delivered-agent.2", "경비실|관리실"),
    // Collected by the recipient at a convenience store, post office or locker (rule 2: a place the
    // recipient collects from holds the parcel until then; collected is delivered).
    (
        "collected-at-pickup-place",
        "수령완료|수령 완료|픽업완료|픽업 완료|찾아감",
    ),
    (
        "at-local-facility",
        "배달지 도착|배달국 도착|배송지 도착|배달 터미널 도착|배달터미널",
    ),
    (
        "out-for-delivery",
        "배달출발|배송출발|배달 출발|배송 출발|배달중|배달 중|배달준비|배달 준비|배송할 예정|\
        배달할 예정",
    ),
    ("departed", "간선상차|상차|출발|발송"),
    ("departed.not", "예정"),
    (
        "picked-up",
        "집화처리|집하처리|집화완료|집하완료|상품인수|상품접수|접수완료|접수|집화|집하|인수받",
    ),
    ("arrived", "간선하차|하차|도착|입고"),
    ("arrived.not", "예정"),
    ("processed", "분류|처리중|행낭포장"),
    ("delayed", "지연"),
    ("held", "보류"),
    ("in-transit", "이동중|이동 중|배송중|배송 중|운송중|운송 중"),
    ("delivery-noun", "배달|배송"),
    (
        "delivery-planned",
        "배달예정|배송예정|배달 예정|배송 예정|도착예정|도착 예정",
    ),
    (
        "not-found",
        "조회된 정보가 없|조회결과가 없|조회 결과가 없|정보가 없습니다",
    ),
];
