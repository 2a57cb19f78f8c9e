import Foundation
import Testing
import ModqCore

@testable import ModqScreening

/// The thirty-second session's fourth round (blind batches u301-u304: questions, other
/// languages, people in reviews, a summer day). Customers who need the store in German,
/// French, Spanish, Italian, Portuguese and Dutch (damage on arrival, a parcel never
/// received, a wrong size, a refund asked for, a cancellation, charges not recognised), with
/// a wrong size already exchanged left alone; a name after a title ("I'm Sgt. Marcus Bell")
/// or a grandparent; "I'll break his jaw in the parking lot" (not boots broken in); floor
/// staff of the store; the store's offer reported ("they'd send me a free 3-pack") is no ask;
/// an account whose shipping address someone changed; a cancellation beside a tent borrowed.
@Suite struct OtherLanguagesAndPeopleTests {
  @Test(arguments: [
    ("escalate.damaged", 1, "SKU-201",
      "La tente est arrivée avec un arceau cassé net en deux et la toile intérieure déchirée."),
    ("escalate.damaged", 1, "SKU-901",
      "Beim allerersten Anzünden zischt es am Ventil, Gas tritt aus und die Flamme geht nicht "
        + "richtig an."),
    ("service.damage_minor", 4, "SKU-601",
      "Appena tolta dalla scatola c'era un graffietto sul tappo, niente di che. Per il resto "
        + "perfetta."),
    ("escalate.not_received", 1, "SKU-101",
      "Paguei há quase 3 semanas e nada da mochila. O rastreio diz 'entregue' mas aqui em casa "
        + "não chegou nada."),
    ("escalate.wrong_item", 2, "SKU-401",
      "Falsche Größe geliefert, im Karton waren 46er statt 43."),
    ("escalate.frustration_cta", 1, "SKU-201",
      "Tent al twee weken geleden teruggestuurd en nog steeds geen terugbetaling. Wanneer krijg "
        + "ik mijn geld terug??"),
    ("service.cancelled_or_out_of_stock", 1, "SKU-302",
      "Commande annulée deux jours après le paiement, soi-disant l'article est en rupture de "
        + "stock."),
    ("escalate.account_compromised", 1, "SKU-101",
      "Dos días después de comprar aquí me aparecieron tres cargos que no reconozco en la "
        + "tarjeta."),
    ("pii.full_name", 5, "SKU-701",
      "I'm Sgt. Marcus Bell, 82nd Airborne, retired. These merino socks are outstanding."),
    ("pii.full_name", 5, "SKU-101",
      "My grandfather Walter Kowalczyk carried a canvas pack like this across the Tatras."),
    ("legal.threat", 1, "SKU-401",
      "If I see that Todd guy from your store again, I swear I'll break his jaw in the parking "
        + "lot."),
    ("integrity.insider", 5, "SKU-101",
      "Posting from my personal account since I'm on the floor staff at the Northpeak shop. I "
        + "sell a ton of these."),
    ("escalate.account_compromised", 1, "SKU-101",
      "Someone changed the shipping address on my Northpeak account and an order went out to a "
        + "place I've never lived. Please lock my account."),
    ("service.cancelled_or_out_of_stock", 1, "SKU-202",
      "Got an email two days before we left saying the order was cancelled because it's out of "
        + "stock. Had to borrow a leaky tent from my uncle."),
    // "they'd" is a hedge before a demand only: here it reports what came.
    ("escalate.wrong_item", 1, "SKU-302",
      "I realised they'd sent the wrong colour, I ordered the black one."),
    ("service.frustration_no_cta", 2, "SKU-602",
      "Ugh. The website kept timing out at checkout so I ended up placing the order three "
        + "times."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }

  @Test(arguments: [
    (3, "SKU-301",
      "Reçu la mauvaise taille au début mais l'échange a été fait en 3 jours. Maintenant la "
        + "veste est parfaite."),
    (5, "SKU-402", "I'll break them in on a few short walks before the trip."),
    (5, "SKU-701", "My uncle Bob loves them for ice fishing."),
    (5, "SKU-101",
      "I bought it at the Northpeak shop downtown and the floor staff at the Northpeak shop "
        + "were great."),
    (5, "SKU-701",
      "Support said they'd send me a new pair if they ever wear through. Great socks."),
  ])
  func publishes(rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.isEmpty, "\(found)")
  }

  /// "Amber from Northpeak emailed and said if I leave a 5 star review they'd send me a free
  /// 3-pack": incentivized, and the reported offer asks the store for nothing.
  @Test func theStoresOfferReportedIsNoAsk() throws {
    let found = try ContentFixture.criteria(
      "Amber from Northpeak emailed and said if I leave a 5 star review they'd send me a free "
        + "3-pack, so here it is. Socks are nice and warm.",
      rating: 5, product: "SKU-701")
    #expect(found.contains("integrity.incentivized") && !found.contains("escalate.frustration_cta"),
      "\(found)")
  }
}

/// The fourth round's rejects told in other languages that the lists read since the end of the
/// thirty-second session: a price in a currency word of Italian, generic price talk, a product
/// not used yet, a review for a free product, a product never ordered.
@Suite struct OtherLanguageRejectsTests {
  @Test(arguments: [
    ("price.actual", 4, "SKU-302", "Pagato 189,99 dollari, caldo e leggero."),
    ("price.generic_only", 5, "SKU-801", "Ottimo prezzo, vero affare!!"),
    ("irrelevant.not_used_yet", 4, "SKU-901",
      "Heute geliefert. Hab ihn noch nicht ausgepackt, ich berichte nach der ersten Tour!"),
    ("integrity.incentivized", 5, "SKU-501",
      "Northpeak me mandó la linterna gratis a cambio de escribir esta reseña, así que aquí va."),
    ("service.did_not_order", 1, "SKU-701",
      "Heb deze sokken nooit besteld, lagen gewoon bij mij in de brievenbus."),
  ])
  func fires(id: String, rating: Int, product: String, body: String) throws {
    let found = try ContentFixture.criteria(body, rating: rating, product: product)
    #expect(found.contains(id), "\(found)")
  }
}
