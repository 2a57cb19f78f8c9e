import Foundation
import ModqCore
import Yams

extension StoreProfile {
  /// Loads a store file (see data/stores/northpeak.yaml for the layout).
  public static func load(contentsOf url: URL) throws -> StoreProfile {
    let file = url.path
    let text: String
    do { text = try String(contentsOf: url, encoding: .utf8) } catch {
      throw PolicyError(file: file, line: nil, "cannot read the store file")
    }
    let yaml = YAMLReader(file: file)
    var store = StoreProfile(name: "")
    for (key, value) in try yaml.members(try yaml.root(text), "the store file") {
      switch key {
      case "name": store.name = try yaml.text(value, "name")
      case "names": store.names = try yaml.texts(value, "names")
      case "web_shops": store.webShops = try yaml.texts(value, "web_shops")
      case "currency": store.currency = try yaml.text(value, "currency")
      case "own_brands": store.ownBrands = try yaml.texts(value, "own_brands")
      case "partner_brands": store.partnerBrands = try yaml.texts(value, "partner_brands")
      case "other_brands": store.otherBrands = try yaml.texts(value, "other_brands")
      case "competitors": store.competitors = try competitors(value, yaml)
      case "test_accounts": try testAccounts(value, yaml, into: &store)
      case "catalog": store.catalog = try catalog(value, yaml)
      default: throw yaml.fail(value, "unknown store setting '\(key)'")
      }
    }
    if store.name.isEmpty { throw PolicyError(file: file, line: 1, "the store has no 'name'") }
    if store.names.isEmpty { store.names = [store.name] }
    return store
  }

  private static func competitors(_ node: Node, _ yaml: YAMLReader) throws -> [Competitor] {
    try yaml.items(node, "competitors").map { item in
      var competitor = Competitor(name: "")
      for (key, value) in try yaml.members(item, "a competitor") {
        switch key {
        case "name": competitor.name = try yaml.text(value, "name")
        case "aliases": competitor.aliases = try yaml.texts(value, "aliases")
        case "domains": competitor.domains = try yaml.texts(value, "domains")
        default: throw yaml.fail(value, "unknown competitor setting '\(key)'")
        }
      }
      if competitor.name.isEmpty { throw yaml.fail(item, "a competitor needs a name") }
      return competitor
    }
  }

  private static func testAccounts(
    _ node: Node, _ yaml: YAMLReader, into store: inout StoreProfile
  ) throws {
    for (key, value) in try yaml.members(node, "test_accounts") {
      switch key {
      case "emails": store.testEmails = try yaml.texts(value, "emails")
      case "author_names": store.testAuthorNames = try yaml.texts(value, "author_names")
      case "author_ids": store.testAuthorIDs = try yaml.texts(value, "author_ids")
      default: throw yaml.fail(value, "unknown test_accounts setting '\(key)'")
      }
    }
  }

  private static func catalog(_ node: Node, _ yaml: YAMLReader) throws -> [Product] {
    try yaml.items(node, "catalog").map { item in
      var product = Product()
      for (key, value) in try yaml.members(item, "a catalog product") {
        switch key {
        case "id": product.id = try yaml.text(value, "id")
        case "name": product.name = try yaml.text(value, "name")
        case "brand": product.brand = try yaml.text(value, "brand")
        case "category": product.category = try yaml.text(value, "category")
        default: throw yaml.fail(value, "unknown product setting '\(key)'")
        }
      }
      if product.id == nil { throw yaml.fail(item, "a catalog product needs an id") }
      return product
    }
  }
}
