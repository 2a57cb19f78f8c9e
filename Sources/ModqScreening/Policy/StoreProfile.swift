import Foundation
import ModqCore

/// A competitor store: its names and web domains.
public struct Competitor: Sendable, Hashable {
  public var name: String
  public var aliases: [String]
  public var domains: [String]

  public init(name: String, aliases: [String] = [], domains: [String] = []) {
    self.name = name
    self.aliases = aliases
    self.domains = domains
  }

  /// The name and its aliases.
  public var names: [String] { [name] + aliases }
}

/// The store being moderated (data/stores/*.yaml): its names, brands, competitors, test
/// accounts and catalog. Editing this file changes moderation; the code never names a store.
public struct StoreProfile: Sendable, Hashable {
  public var name: String
  /// Every way the store is written ("Northpeak Outfitters", "Northpeak").
  public var names: [String]
  public var webShops: [String]
  public var currency: String
  public var ownBrands: [String]
  /// Brands of others the store sells.
  public var partnerBrands: [String]
  /// Brands in the store's category that it does not sell.
  public var otherBrands: [String]
  public var competitors: [Competitor]
  public var testEmails: [String]
  public var testAuthorNames: [String]
  public var testAuthorIDs: [String]
  public var catalog: [Product]

  public init(
    name: String, names: [String] = [], webShops: [String] = [], currency: String = "USD",
    ownBrands: [String] = [], partnerBrands: [String] = [], otherBrands: [String] = [],
    competitors: [Competitor] = [], testEmails: [String] = [], testAuthorNames: [String] = [],
    testAuthorIDs: [String] = [], catalog: [Product] = []
  ) {
    self.name = name
    self.names = names.isEmpty ? [name] : names
    self.webShops = webShops
    self.currency = currency
    self.ownBrands = ownBrands
    self.partnerBrands = partnerBrands
    self.otherBrands = otherBrands
    self.competitors = competitors
    self.testEmails = testEmails
    self.testAuthorNames = testAuthorNames
    self.testAuthorIDs = testAuthorIDs
    self.catalog = catalog
  }

  /// A store with no names, brands or catalog.
  public static let empty = StoreProfile(name: "")

  /// Brands the store sells (its own and partners').
  public var soldBrands: [String] { ownBrands + partnerBrands }

  /// The catalog entry with this id.
  public func product(id: String) -> Product? { catalog.first { $0.id == id } }

  /// The review with its product filled in from the catalog when the queue gave only an id.
  public func enriched(_ review: Review) -> Review {
    guard let id = review.product.id, let known = product(id: id) else { return review }
    var copy = review
    copy.product.name = copy.product.name ?? known.name
    copy.product.brand = copy.product.brand ?? known.brand
    copy.product.category = copy.product.category ?? known.category
    return copy
  }
}
