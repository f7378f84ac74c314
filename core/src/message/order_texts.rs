//! Built-in order headlines: what a customer reads at the top of an order with several
//! parcels, one per [`crate::order::OrderStatus`]. Same columns as `templates/` (en, de, fr,
//! es, nl, it, pt-BR, pl); written for this project, in the "your order" voice of the parcel
//! headlines.

use crate::order::{OrderSnapshot, OrderStatus};

use super::MessageCatalog;

/// `(key, [en, de, fr, es, nl, it, pt-BR, pl, pt-PT])`.
pub(crate) static ORDER_TEXTS: &[(&str, [&str; 9])] = &[
    (
        "order.ordered",
        [
            "Your order is confirmed; nothing has shipped yet",
            "Ihre Bestellung ist bestätigt; noch ist nichts verschickt",
            "Votre commande est confirmée ; rien n'a encore été expédié",
            "Tu pedido está confirmado; aún no se ha enviado nada",
            "Je bestelling is bevestigd; er is nog niets verzonden",
            "Il tuo ordine è confermato; non è ancora stato spedito nulla",
            "Seu pedido está confirmado; nada foi enviado ainda",
            "Twoje zamówienie zostało potwierdzone; nic jeszcze nie wysłano",
            "A sua encomenda está confirmada; ainda não foi enviado nada",
        ],
    ),
    (
        "order.partially_shipped",
        [
            "Part of your order has shipped; more parcels will follow",
            "Ein Teil Ihrer Bestellung ist verschickt; weitere Pakete folgen",
            "Une partie de votre commande a été expédiée ; d'autres colis suivront",
            "Parte de tu pedido ya se ha enviado; llegarán más paquetes",
            "Een deel van je bestelling is verzonden; er volgen nog pakketten",
            "Parte del tuo ordine è stata spedita; seguiranno altri pacchi",
            "Parte do seu pedido foi enviada; outros pacotes virão em seguida",
            "Część zamówienia została wysłana; kolejne paczki wkrótce",
            "Parte da sua encomenda foi enviada; os restantes volumes seguem depois",
        ],
    ),
    (
        "order.shipped",
        [
            "Your order has been shipped",
            "Ihre Bestellung wurde verschickt",
            "Votre commande a été expédiée",
            "Tu pedido ha sido enviado",
            "Je bestelling is verzonden",
            "Il tuo ordine è stato spedito",
            "Seu pedido foi enviado",
            "Twoje zamówienie zostało wysłane",
            "A sua encomenda foi enviada",
        ],
    ),
    (
        "order.in_transit",
        [
            "Your order is on its way",
            "Ihre Bestellung ist unterwegs",
            "Votre commande est en route",
            "Tu pedido está en camino",
            "Je bestelling is onderweg",
            "Il tuo ordine è in viaggio",
            "Seu pedido está a caminho",
            "Twoje zamówienie jest w drodze",
            "A sua encomenda está a caminho",
        ],
    ),
    (
        "order.partially_delivered",
        [
            "Parcels delivered: {delivered} of {parcels}",
            "Zugestellte Pakete: {delivered} von {parcels}",
            "Colis livrés : {delivered} sur {parcels}",
            "Paquetes entregados: {delivered} de {parcels}",
            "Pakketten bezorgd: {delivered} van {parcels}",
            "Pacchi consegnati: {delivered} su {parcels}",
            "Pacotes entregues: {delivered} de {parcels}",
            "Doręczone paczki: {delivered} z {parcels}",
            "Volumes entregues: {delivered} de {parcels}",
        ],
    ),
    (
        "order.delivered",
        [
            "Your order has been delivered",
            "Ihre Bestellung wurde zugestellt",
            "Votre commande a été livrée",
            "Tu pedido ha sido entregado",
            "Je bestelling is bezorgd",
            "Il tuo ordine è stato consegnato",
            "Seu pedido foi entregue",
            "Twoje zamówienie zostało doręczone",
            "A sua encomenda foi entregue",
        ],
    ),
    (
        "order.exception",
        [
            "A parcel in your order has a problem",
            "Bei einem Paket Ihrer Bestellung gibt es ein Problem",
            "Un colis de votre commande rencontre un problème",
            "Un paquete de tu pedido tiene un problema",
            "Er is een probleem met een pakket uit je bestelling",
            "Un pacco del tuo ordine ha un problema",
            "Um pacote do seu pedido tem um problema",
            "Jedna z paczek z Twojego zamówienia ma problem",
            "Um volume da sua encomenda tem um problema",
        ],
    ),
    (
        "order.partially_returned",
        [
            "Part of your order is going back to the sender",
            "Ein Teil Ihrer Bestellung geht an den Absender zurück",
            "Une partie de votre commande retourne à l'expéditeur",
            "Parte de tu pedido vuelve al remitente",
            "Een deel van je bestelling gaat terug naar de afzender",
            "Parte del tuo ordine sta tornando al mittente",
            "Parte do seu pedido está voltando ao remetente",
            "Część zamówienia wraca do nadawcy",
            "Parte da sua encomenda está a ser devolvida ao remetente",
        ],
    ),
    (
        "order.returned",
        [
            "Your order is going back to the sender",
            "Ihre Bestellung geht an den Absender zurück",
            "Votre commande retourne à l'expéditeur",
            "Tu pedido vuelve al remitente",
            "Je bestelling gaat terug naar de afzender",
            "Il tuo ordine sta tornando al mittente",
            "Seu pedido está voltando ao remetente",
            "Twoje zamówienie wraca do nadawcy",
            "A sua encomenda está a ser devolvida ao remetente",
        ],
    ),
    (
        "order.cancelled",
        [
            "Your order was cancelled",
            "Ihre Bestellung wurde storniert",
            "Votre commande a été annulée",
            "Tu pedido ha sido cancelado",
            "Je bestelling is geannuleerd",
            "Il tuo ordine è stato annullato",
            "Seu pedido foi cancelado",
            "Twoje zamówienie zostało anulowane",
            "A sua encomenda foi cancelada",
        ],
    ),
];

/// The catalogue key of an order status's headline.
pub(super) const fn headline_key(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Ordered => "order.ordered",
        OrderStatus::PartiallyShipped => "order.partially_shipped",
        OrderStatus::Shipped => "order.shipped",
        OrderStatus::InTransit => "order.in_transit",
        OrderStatus::PartiallyDelivered => "order.partially_delivered",
        OrderStatus::Delivered => "order.delivered",
        OrderStatus::Exception => "order.exception",
        OrderStatus::PartiallyReturned => "order.partially_returned",
        OrderStatus::Returned => "order.returned",
        OrderStatus::Cancelled => "order.cancelled",
    }
}

impl MessageCatalog {
    /// The headline of an order in `locale` (`Parcels delivered: 1 of 2`), from its status
    /// and counts; merchants can override the `order.*` keys like any other text.
    pub fn order_headline(&self, order: &OrderSnapshot, locale: &str) -> String {
        let chain = super::fallback_chain(&self.resolve_locale(locale));
        let values = [
            ("delivered", order.delivered.to_string()),
            ("parcels", order.parcels.to_string()),
        ];
        self.text(&chain, headline_key(order.status), &values)
    }
}

/// An order's headline with the built-in texts (see [`MessageCatalog::order_headline`]).
pub fn order_headline(order: &OrderSnapshot, locale: &str) -> String {
    MessageCatalog::new().order_headline(order, locale)
}
