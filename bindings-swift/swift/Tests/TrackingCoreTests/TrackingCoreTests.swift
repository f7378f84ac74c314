// XCTest suite of the Swift bindings, mirroring bindings-swift/kotlin/test/TrackingCoreTest.kt.
// NOT RUN on this repository's Linux CI (no Swift compiler there; it is only parsed with
// tree-sitter-swift). On a Mac: ../../scripts/build-xcframework.sh, then `swift test`.
// The panic test needs a library built with `--features panic-probe`
// (PANIC_PROBE=1 ../../scripts/build-xcframework.sh) and `swift test -Xswiftc -DPANIC_PROBE`.
import Foundation
import XCTest
@testable import TrackingCore

final class TrackingCoreTests: XCTestCase {
    /// The repository's fixtures folder, found from this file's path.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures")

    func instant(_ s: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: s)!
    }

    func object(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    func shipmentFixtures() throws -> [URL] {
        let dir = Self.fixtures.appendingPathComponent("shipments")
        return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func json(_ value: Any) throws -> String {
        String(data: try JSONSerialization.data(withJSONObject: value), encoding: .utf8)!
    }

    /// The snake_case code of a value enum case (`outForDelivery` -> `out_for_delivery`).
    func code<T>(_ value: T) -> String {
        String(describing: value).reduce(into: "") { out, c in
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
    }

    func testShipmentFixtures() throws {
        let core = try TrackingCore(options: CoreOptions(locale: "en"))
        let files = try shipmentFixtures()
        XCTAssertGreaterThanOrEqual(files.count, 5)
        for file in files {
            let fx = try object(file)
            let input = try shipmentFromJson(json: try json(fx["input"]!))
            let snap = try core.track(shipment: input, now: instant(fx["now"] as! String))
            let name = file.lastPathComponent
            for (key, want) in fx["expected"] as! [String: Any] {
                switch key {
                case "status": XCTAssertEqual(code(snap.status), want as? String, name)
                case "substatus": XCTAssertEqual(snap.substatus, want as? String, name)
                case "terminal": XCTAssertEqual(snap.terminal, want as? Bool, name)
                case "milestone": XCTAssertEqual(code(snap.milestone), want as? String, name)
                case "progress":
                    let p = want as! [String: Any]
                    XCTAssertEqual(Int(snap.progress.step), p["step"] as? Int, name)
                    XCTAssertEqual(Int(snap.progress.of), p["of"] as? Int, name)
                    XCTAssertEqual(snap.progress.fraction, p["fraction"] as! Double, accuracy: 1e-9, name)
                case "since": XCTAssertEqual(snap.since, (want as? String).map(instant), name)
                case "shipped_at": XCTAssertEqual(snap.shippedAt, (want as? String).map(instant), name)
                case "delivered_at": XCTAssertEqual(snap.deliveredAt, (want as? String).map(instant), name)
                case "last_event_at": XCTAssertEqual(snap.lastEventAt, (want as? String).map(instant), name)
                case "direction": XCTAssertEqual(code(snap.direction), want as? String, name)
                case "events": XCTAssertEqual(snap.events.count, want as? Int, name)
                case "rejected": XCTAssertEqual(snap.rejected.count, want as? Int, name)
                case "rejected_kinds":
                    XCTAssertEqual(snap.rejected.map { $0.kind }.sorted(), want as? [String], name)
                default: XCTFail("\(name): unknown expected key \(key)")
                }
            }
        }
    }

    /// The matcher of fixtures/README.md: nil when `actual` matches `expected`, else where not.
    func mismatch(_ expected: Any?, _ actual: Any?, _ path: String = "") -> String? {
        switch expected {
        case let e as [String: Any]:
            guard let a = actual as? [String: Any] else { return "\(path): expected an object" }
            for (k, v) in e {
                if let d = mismatch(v, a[k], path.isEmpty ? k : "\(path).\(k)") { return d }
            }
            return nil
        case let e as [Any]:
            guard let a = actual as? [Any], a.count == e.count else { return "\(path): expected \(e.count) elements" }
            for (i, pair) in zip(e, a).enumerated() {
                if let d = mismatch(pair.0, pair.1, "\(path)[\(i)]") { return d }
            }
            return nil
        case let e as NSNumber:
            guard let a = actual as? NSNumber else { return "\(path): expected \(e)" }
            return abs(e.doubleValue - a.doubleValue) <= 1e-9 ? nil : "\(path): expected \(e), got \(a)"
        case let e as String:
            guard let a = actual as? String else { return "\(path): expected \(e)" }
            if e == a { return nil }
            if e.contains("T"), a.contains("T"), let x = try? instantOrNil(e), let y = try? instantOrNil(a), x == y { return nil }
            return "\(path): expected \(e), got \(a)"
        default:
            return (actual == nil || actual is NSNull) ? nil : "\(path): expected null"
        }
    }

    func instantOrNil(_ s: String) throws -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: s)
    }

    func testFacadeVectorsThroughCall() throws {
        let root = Self.fixtures.appendingPathComponent("api")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let v = try object(file)
            let request = try json(v["request"]!)
            let operation = v["operation"] as! String
            if let wantError = v["error"] {
                XCTAssertThrowsError(try call(operation: operation, requestJson: request)) { error in
                    guard case let TrackingError.Rejected(_, _, record) = error else { return XCTFail("\(error)") }
                    let got = try? JSONSerialization.jsonObject(with: Data(record.utf8))
                    XCTAssertNil(self.mismatch(wantError, got), file.lastPathComponent)
                }
            } else {
                let out = try call(operation: operation, requestJson: request)
                let got = try JSONSerialization.jsonObject(with: Data(out.utf8))
                XCTAssertNil(mismatch(v["expected"], got), file.lastPathComponent)
            }
        }
    }

    func testValueTypesNormalizeIdentify() throws {
        let core = try TrackingCore(options: CoreOptions(locale: "de"))
        let snap = try core.track(
            shipment: ShipmentInput(id: "A1", carrier: "ups", events: [
                ScanEvent(description: "Out for delivery", time: "2024-03-26T07:10:00+01:00",
                          status: "out_for_delivery"),
            ]),
            now: instant("2024-03-26T08:00:00Z"))
        XCTAssertEqual(snap.status, .outForDelivery)
        XCTAssertEqual(snap.milestone, .outForDelivery)
        XCTAssertEqual(snap.message?.headline, "Ihr Paket wird heute zugestellt")
        XCTAssertEqual(snap.health?.verdict, .onTrack)
        XCTAssertEqual(snap.events.first?.time, instant("2024-03-26T06:10:00Z"))
        XCTAssertEqual(snap.carrierName, "UPS")
        XCTAssertTrue(snap.warnings.isEmpty)
        let typo = try core.track(shipment: ShipmentInput(id: "A2", carrier: "upss"),
                                  now: instant("2024-03-26T08:00:00Z"))
        XCTAssertEqual(typo.warnings.first?.kind, .unknownCarrier)
        XCTAssertEqual(typo.warnings.first?.didYouMean.first, "ups")
        let n = try core.normalize(event: ScanEvent(description: "Delivered"), carrier: "ups")
        XCTAssertEqual(n.status, .delivered)
        let id = try identify(number: "1Z999AA10123456784")
        XCTAssertEqual(id.candidates.first?.carrier, "ups")
        XCTAssertEqual(id.candidates.first?.checkDigitVerified, true)
    }

    func testRenderAndDecide() throws {
        let core = try TrackingCore(options: CoreOptions(locale: "en"))
        let now = instant("2024-03-26T12:00:00Z")
        let snap = try core.trackJson(json: """
            {"id":"A1","carrier":"ups","events":[{"status":"out_for_delivery",
             "description":"Out for delivery","time":"2024-03-26T07:10:00+01:00"}]}
            """, now: now)
        let first = try XCTUnwrap(try core.decide(previous: nil, current: snap, now: now))
        XCTAssertEqual(first.kind, .outForDelivery)
        XCTAssertEqual(first.shipmentIds, ["A1"])
        XCTAssertNil(try core.decide(previous: snap, current: snap, now: now))
        XCTAssertEqual(try core.render(snapshot: snap, locale: "de").headline,
                       "Ihr Paket wird heute zugestellt")
    }

    /// The error's kind is `code`, one of the core's error table (`errorKinds()`).
    func assertKind(_ code: String, _ error: Error, file: StaticString = #filePath, line: UInt = #line) {
        let kind = (error as? TrackingError)?.kind ?? "not a TrackingError: \(error)"
        XCTAssertEqual(kind, code, file: file, line: line)
        XCTAssertTrue(errorKinds().contains(kind), file: file, line: line)
    }

    func testErrorsCarryTheCoreKind() throws {
        let core = try TrackingCore(options: CoreOptions())
        XCTAssertThrowsError(try core.trackJson(json: "{\"id\": 3", now: Date())) { error in
            guard case TrackingError.Rejected = error else { return XCTFail("\(error)") }
            self.assertKind("invalid_json", error)
        }
        XCTAssertThrowsError(try TrackingCore(options: CoreOptions(transitModelJson: "{\"version\": 999}"))) {
            self.assertKind("invalid_model", $0)
        }
        XCTAssertThrowsError(try core.normalize(event: ScanEvent(), carrier: "ups")) {
            self.assertKind("invalid_event", $0)
        }
    }

    #if PANIC_PROBE
    func testPanicIsAnErrorNotACrash() throws {
        XCTAssertThrowsError(try panicProbe(message: "probe from Swift")) { error in
            guard case let TrackingError.Internal(_, detail, _) = error else { return XCTFail("\(error)") }
            self.assertKind("internal", error)
            XCTAssertTrue(detail.contains("probe from Swift"))
        }
        XCTAssertEqual(try TrackingCore(options: CoreOptions()).trackJson(json: "{\"id\":\"x\"}", now: Date()).status,
                       .pending)
    }
    #endif

    func testModelRoundTrip() throws {
        let core = try TrackingCore(options: CoreOptions())
        let before = try core.saveTransitModel()
        for file in try shipmentFixtures() {
            let fx = try object(file)
            try core.observe(delivered: try shipmentFromJson(json: try json(fx["input"]!)),
                             now: instant(fx["now"] as! String))
        }
        let saved = try core.saveTransitModel()
        XCTAssertNotEqual(before, saved)
        let dwell = try XCTUnwrap(try core.saveDwellModel())
        let reloaded = try TrackingCore(options: CoreOptions(transitModelJson: saved, dwellModelJson: dwell))
        XCTAssertEqual(try reloaded.saveTransitModel(), saved)
    }

    /// Ten weeks of five orders a day learned on the device, then every order of those weeks
    /// and a week of twelve a day noted: counted once, and the window carries the surge.
    func testNoteOrders() throws {
        let core = try TrackingCore(options: CoreOptions(locale: "nl"))
        let start = instant("2017-08-07T12:00:00Z")
        let lane = "\"carrier\":\"correios\",\"origin\":{\"country\":\"BR\",\"region\":\"SP\"},\"destination\":{\"country\":\"BR\",\"region\":\"RJ\"}"
        let iso = ISO8601DateFormatter()
        let placed = (0..<350).map { i in start.addingTimeInterval(Double(3600 * (24 * (i / 5) + i % 5))) }
        for (i, t) in placed.enumerated() {
            let shipped = t.addingTimeInterval(20 * 3600)
            let delivered = t.addingTimeInterval(Double(86400 * (4 + i % 4)))
            let json = "{\"id\":\"p\(i)\",\(lane),\"ordered_at\":\"\(iso.string(from: t))\",\"shipped_at\":\"\(iso.string(from: shipped))\",\"delivered_at\":\"\(iso.string(from: delivered))\"}"
            try core.observe(delivered: try shipmentFromJson(json: json), now: instant("2018-01-01T00:00:00Z"))
        }
        let week = start.addingTimeInterval(70 * 86400)
        let now = week.addingTimeInterval(7 * 86400 + 2 * 3600)
        var orders = placed.enumerated().map { PlacedOrder(id: "p\($0.offset)", carrier: "Correios", placedAt: $0.element) }
        for d in 0..<7 {
            for k in 0..<12 {
                orders.append(PlacedOrder(id: "s\(d)-\(k)", carrier: "correios",
                                          placedAt: week.addingTimeInterval(Double(d * 86400 + k * 60))))
            }
        }
        let out = try core.noteOrders(orders: orders, now: now)
        XCTAssertEqual(out.counted, 434)
        XCTAssertEqual(try core.noteOrders(orders: Array(orders.prefix(2)), now: now).outcomes, [.duplicate, .duplicate])
        let open = "{\"id\":\"N1\",\(lane),\"ordered_at\":\"\(iso.string(from: now))\"}"
        let snap = try core.trackJson(json: open, now: now)
        XCTAssertEqual(snap.window?.surge, WindowSurge(ratio: 2.4, factor: 1.5))
        let reloaded = try TrackingCore(options: CoreOptions(locale: "nl", transitModelJson: try core.saveTransitModel()))
        XCTAssertEqual(try reloaded.noteOrders(orders: Array(orders.prefix(1)), now: now).counted, 0)
        // With its places and the shop's promised date, as Python and Node note an order.
        let order = { (id: String, promised: String) in
            PlacedOrder(id: id, carrier: "correios", placedAt: now.addingTimeInterval(-3600),
                        origin: Location(region: "SP", country: "BR"),
                        destination: Location(region: "RJ", country: "BR"), promisedBy: promised)
        }
        let noted = try core.noteOrders(orders: [order("N2", "2017-10-31"), order("N3", "soon")], now: now)
        XCTAssertEqual(noted.counted, 1)
        guard case .refused(let kind, _) = noted.outcomes[1] else { return XCTFail("\(noted.outcomes)") }
        XCTAssertEqual(kind, "invalid_time")
    }
}
