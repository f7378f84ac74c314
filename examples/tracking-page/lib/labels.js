'use strict';
// The page's own words (form, headings, buttons) in the nine locales of the library's
// message catalogue (Brazilian and European Portuguese apart: a bare `pt` reads as pt-BR, as
// in the library). Everything about the parcel itself (status, what happens next, what to do,
// delays) comes from the library, already in the customer's language.

const LOCALES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt-BR', 'pl', 'pt-PT'];

const NAMES = {
  en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español', nl: 'Nederlands', it: 'Italiano',
  'pt-BR': 'Português (Brasil)', pl: 'Polski', 'pt-PT': 'Português (Portugal)',
};

// key -> [en, de, fr, es, nl, it, pt-BR, pl, pt-PT]
const TEXT = {
  title: ['Track your order', 'Bestellung verfolgen', 'Suivre ma commande', 'Seguir mi pedido', 'Bestelling volgen', 'Traccia il tuo ordine', 'Rastrear meu pedido', 'Śledź zamówienie', 'Acompanhar a sua encomenda'],
  intro: ['Enter your order number and the e-mail address or postcode you ordered with.', 'Geben Sie Ihre Bestellnummer und die E-Mail-Adresse oder Postleitzahl Ihrer Bestellung ein.', 'Saisissez votre numéro de commande et l’adresse e-mail ou le code postal utilisés pour la commande.', 'Introduce tu número de pedido y el correo electrónico o código postal del pedido.', 'Vul je bestelnummer in en het e-mailadres of de postcode van je bestelling.', 'Inserisci il numero d’ordine e l’indirizzo e-mail o il CAP usati per l’ordine.', 'Informe o número do pedido e o e-mail ou CEP usados na compra.', 'Podaj numer zamówienia oraz adres e-mail lub kod pocztowy z zamówienia.', 'Introduza o número da encomenda e o e-mail ou código postal que utilizou na encomenda.'],
  order_number: ['Order number', 'Bestellnummer', 'Numéro de commande', 'Número de pedido', 'Bestelnummer', 'Numero d’ordine', 'Número do pedido', 'Numer zamówienia', 'Número da encomenda'],
  email_or_postcode: ['E-mail or postcode', 'E-Mail oder Postleitzahl', 'E-mail ou code postal', 'Correo electrónico o código postal', 'E-mail of postcode', 'E-mail o CAP', 'E-mail ou CEP', 'E-mail lub kod pocztowy', 'E-mail ou código postal'],
  track: ['Track', 'Verfolgen', 'Suivre', 'Seguir', 'Volgen', 'Traccia', 'Rastrear', 'Śledź', 'Acompanhar'],
  by_number: ['Track a parcel by its tracking number', 'Paket über die Sendungsnummer verfolgen', 'Suivre un colis par son numéro de suivi', 'Seguir un paquete por su número de seguimiento', 'Pakket volgen met het trackingnummer', 'Traccia un pacco con il numero di spedizione', 'Rastrear um pacote pelo código de rastreio', 'Śledź paczkę po numerze przesyłki', 'Acompanhar um envio pelo número de seguimento'],
  tracking_number: ['Tracking number', 'Sendungsnummer', 'Numéro de suivi', 'Número de seguimiento', 'Trackingnummer', 'Numero di spedizione', 'Código de rastreio', 'Numer przesyłki', 'Número de seguimento'],
  not_found: ['We could not find an order with these details. Please check the order number and the e-mail address or postcode from your order confirmation.', 'Wir konnten keine Bestellung mit diesen Angaben finden. Bitte prüfen Sie die Bestellnummer und die E-Mail-Adresse oder Postleitzahl aus Ihrer Bestellbestätigung.', 'Nous n’avons pas trouvé de commande avec ces informations. Vérifiez le numéro de commande et l’adresse e-mail ou le code postal de votre confirmation.', 'No encontramos ningún pedido con estos datos. Comprueba el número de pedido y el correo electrónico o código postal de tu confirmación.', 'We konden geen bestelling met deze gegevens vinden. Controleer het bestelnummer en het e-mailadres of de postcode uit je orderbevestiging.', 'Non abbiamo trovato ordini con questi dati. Controlla il numero d’ordine e l’e-mail o il CAP della conferma d’ordine.', 'Não encontramos um pedido com esses dados. Confira o número do pedido e o e-mail ou CEP da confirmação.', 'Nie znaleźliśmy zamówienia o tych danych. Sprawdź numer zamówienia oraz adres e-mail lub kod pocztowy z potwierdzenia.', 'Não encontrámos nenhuma encomenda com estes dados. Verifique o número da encomenda e o e-mail ou código postal da confirmação da encomenda.'],
  parcel_not_found: ['We could not find a parcel with this tracking number.', 'Wir konnten kein Paket mit dieser Sendungsnummer finden.', 'Nous n’avons pas trouvé de colis avec ce numéro de suivi.', 'No encontramos ningún paquete con este número de seguimiento.', 'We konden geen pakket met dit trackingnummer vinden.', 'Non abbiamo trovato pacchi con questo numero di spedizione.', 'Não encontramos um pacote com este código de rastreio.', 'Nie znaleźliśmy paczki o tym numerze.', 'Não encontrámos nenhum envio com este número de seguimento.'],
  link_invalid: ['This link is not valid or has expired. Please enter your order number to track your order.', 'Dieser Link ist ungültig oder abgelaufen. Bitte geben Sie Ihre Bestellnummer ein.', 'Ce lien n’est pas valide ou a expiré. Saisissez votre numéro de commande pour suivre votre commande.', 'Este enlace no es válido o ha caducado. Introduce tu número de pedido para seguirlo.', 'Deze link is ongeldig of verlopen. Vul je bestelnummer in om je bestelling te volgen.', 'Questo link non è valido o è scaduto. Inserisci il numero d’ordine per tracciarlo.', 'Este link é inválido ou expirou. Informe o número do pedido para rastreá-lo.', 'Ten link jest nieprawidłowy lub wygasł. Podaj numer zamówienia, aby je śledzić.', 'Esta ligação não é válida ou expirou. Introduza o número da encomenda para a acompanhar.'],
  too_many: ['Too many attempts. Please wait a minute and try again.', 'Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.', 'Trop de tentatives. Patientez une minute puis réessayez.', 'Demasiados intentos. Espera un minuto y vuelve a intentarlo.', 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.', 'Troppi tentativi. Attendi un minuto e riprova.', 'Muitas tentativas. Aguarde um minuto e tente novamente.', 'Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.', 'Demasiadas tentativas. Aguarde um minuto e tente novamente.'],
  order: ['Order {id}', 'Bestellung {id}', 'Commande {id}', 'Pedido {id}', 'Bestelling {id}', 'Ordine {id}', 'Pedido {id}', 'Zamówienie {id}', 'Encomenda {id}'],
  parcel_of: ['Parcel {n} of {total}', 'Paket {n} von {total}', 'Colis {n} sur {total}', 'Paquete {n} de {total}', 'Pakket {n} van {total}', 'Pacco {n} di {total}', 'Pacote {n} de {total}', 'Paczka {n} z {total}', 'Volume {n} de {total}'],
  expected: ['Expected', 'Voraussichtlich', 'Livraison prévue', 'Entrega prevista', 'Verwacht', 'Consegna prevista', 'Previsão de entrega', 'Przewidywana dostawa', 'Entrega prevista'],
  no_date: ['We cannot give a reliable delivery date at the moment.', 'Wir können derzeit kein verlässliches Lieferdatum nennen.', 'Nous ne pouvons pas indiquer de date de livraison fiable pour le moment.', 'Ahora mismo no podemos darte una fecha de entrega fiable.', 'We kunnen op dit moment geen betrouwbare bezorgdatum geven.', 'Al momento non possiamo indicare una data di consegna affidabile.', 'No momento não conseguimos informar uma data de entrega confiável.', 'Obecnie nie możemy podać wiarygodnej daty dostawy.', 'De momento não conseguimos indicar uma data de entrega fiável.'],
  running_late: ['Running late', 'Verspätet', 'En retard', 'Con retraso', 'Vertraagd', 'In ritardo', 'Atrasado', 'Opóźnienie', 'Com atraso'],
  carrier: ['Carrier', 'Versanddienstleister', 'Transporteur', 'Transportista', 'Vervoerder', 'Corriere', 'Transportadora', 'Przewoźnik', 'Transportadora'],
  carrier_link: ['View on the carrier’s website', 'Beim Versanddienstleister ansehen', 'Voir sur le site du transporteur', 'Ver en la web del transportista', 'Bekijk bij de vervoerder', 'Vedi sul sito del corriere', 'Ver no site da transportadora', 'Zobacz na stronie przewoźnika', 'Ver no site da transportadora'],
  progress: ['Progress', 'Fortschritt', 'Progression', 'Progreso', 'Voortgang', 'Avanzamento', 'Progresso', 'Postęp', 'Progresso'],
  history: ['Shipment history', 'Sendungsverlauf', 'Historique du colis', 'Historial del envío', 'Verzendgeschiedenis', 'Cronologia della spedizione', 'Histórico do envio', 'Historia przesyłki', 'Histórico do envio'],
  show_more: ['Show all updates', 'Alle Ereignisse anzeigen', 'Afficher tout l’historique', 'Mostrar todas las actualizaciones', 'Alle updates tonen', 'Mostra tutti gli aggiornamenti', 'Mostrar todas as atualizações', 'Pokaż wszystkie zdarzenia', 'Mostrar todas as atualizações'],
  no_updates: ['No updates from the carrier yet.', 'Noch keine Informationen vom Versanddienstleister.', 'Pas encore d’informations du transporteur.', 'Todavía no hay novedades del transportista.', 'Nog geen updates van de vervoerder.', 'Ancora nessun aggiornamento dal corriere.', 'Ainda sem atualizações da transportadora.', 'Brak jeszcze informacji od przewoźnika.', 'Ainda não há atualizações da transportadora.'],
  pickup_point: ['Pickup point', 'Abholstelle', 'Point de retrait', 'Punto de recogida', 'Afhaalpunt', 'Punto di ritiro', 'Ponto de retirada', 'Punkt odbioru', 'Ponto de recolha'],
  need_help: ['Need help?', 'Brauchen Sie Hilfe?', 'Besoin d’aide ?', '¿Necesitas ayuda?', 'Hulp nodig?', 'Serve aiuto?', 'Precisa de ajuda?', 'Potrzebujesz pomocy?', 'Precisa de ajuda?'],
  contact_support: ['Contact our support team', 'Kontaktieren Sie unseren Kundenservice', 'Contacter notre service client', 'Contacta con atención al cliente', 'Neem contact op met onze klantenservice', 'Contatta l’assistenza clienti', 'Fale com nosso atendimento', 'Skontaktuj się z obsługą klienta', 'Contacte o nosso apoio ao cliente'],
  returns: ['Start a return', 'Rücksendung starten', 'Retourner un article', 'Iniciar una devolución', 'Retour aanmelden', 'Avvia un reso', 'Solicitar devolução', 'Zwróć produkt', 'Iniciar uma devolução'],
  recommended: ['You might also like', 'Das könnte Ihnen auch gefallen', 'Vous aimerez aussi', 'También te puede gustar', 'Misschien vind je dit ook leuk', 'Potrebbe piacerti anche', 'Você também pode gostar', 'Może Ci się spodobać', 'Também poderá gostar'],
  language: ['Language', 'Sprache', 'Langue', 'Idioma', 'Taal', 'Lingua', 'Idioma', 'Język', 'Idioma'],
  view_order: ['Track your order', 'Bestellung verfolgen', 'Suivre ma commande', 'Seguir mi pedido', 'Bestelling volgen', 'Traccia il tuo ordine', 'Rastrear meu pedido', 'Śledź zamówienie', 'Acompanhar a sua encomenda'],
  unavailable: ['Tracking is not available right now. Please try again in a few minutes.', 'Die Sendungsverfolgung ist gerade nicht verfügbar. Bitte versuchen Sie es in einigen Minuten erneut.', 'Le suivi est momentanément indisponible. Réessayez dans quelques minutes.', 'El seguimiento no está disponible en este momento. Inténtalo de nuevo en unos minutos.', 'Volgen is op dit moment niet beschikbaar. Probeer het over een paar minuten opnieuw.', 'Il tracciamento non è disponibile al momento. Riprova tra qualche minuto.', 'O rastreamento não está disponível agora. Tente novamente em alguns minutos.', 'Śledzenie jest teraz niedostępne. Spróbuj ponownie za kilka minut.', 'O seguimento não está disponível neste momento. Tente novamente dentro de alguns minutos.'],
  email_footer: ['You are receiving this e-mail because you placed an order with {shop}.', 'Sie erhalten diese E-Mail, weil Sie bei {shop} bestellt haben.', 'Vous recevez cet e-mail car vous avez passé commande chez {shop}.', 'Recibes este correo porque hiciste un pedido en {shop}.', 'Je ontvangt deze e-mail omdat je een bestelling hebt geplaatst bij {shop}.', 'Ricevi questa e-mail perché hai effettuato un ordine su {shop}.', 'Você recebeu este e-mail porque fez um pedido em {shop}.', 'Otrzymujesz tę wiadomość, ponieważ złożono zamówienie w {shop}.', 'Recebeu este e-mail porque fez uma encomenda em {shop}.'],
};

function index(locale) {
  const i = LOCALES.indexOf(locale);
  return i < 0 ? 0 : i;
}

/** The page text `key` in `locale`, with `{name}` placeholders filled from `values`. */
function t(locale, key, values = {}) {
  const row = TEXT[key];
  if (!row) throw new Error(`no page text "${key}"`);
  return row[index(locale)].replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

/**
 * The best supported locale for an `Accept-Language` header (`de-AT,de;q=0.9,en;q=0.5`):
 * highest quality first, then the language without its region; `en` when nothing matches.
 */
function negotiate(header) {
  const wanted = String(header || '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, order };
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const w of wanted) {
    const exact = LOCALES.find((l) => l.toLowerCase() === w.tag.toLowerCase());
    if (exact) return exact;
    const lang = w.tag.split('-')[0].toLowerCase();
    const base = LOCALES.find((l) => l.split('-')[0].toLowerCase() === lang);
    if (base) return base;
  }
  return 'en';
}

/** `locale` when supported (any case), else null. */
function supported(locale) {
  return LOCALES.find((l) => l.toLowerCase() === String(locale || '').toLowerCase()) || null;
}

module.exports = { LOCALES, NAMES, TEXT, t, negotiate, supported };
