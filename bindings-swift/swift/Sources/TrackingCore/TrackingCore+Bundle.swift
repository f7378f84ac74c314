// Conveniences for apps, on top of the generated bindings (Generated/TrackingCore.swift).
import Foundation

extension TrackingCore {
    /// A core with the models bundled in the app (`transit_model.json`, `dwell_model.json`,
    /// both optional: published priors are used without them) and customer messages in the
    /// phone's preferred language (English when tracking-core has no catalogue for it).
    public static func bundled(
        in bundle: Bundle = .main,
        locale: String = Locale.preferredLanguages.first ?? "en",
        notificationPolicyJson: String? = nil
    ) throws -> TrackingCore {
        func text(_ name: String) throws -> String? {
            guard let url = bundle.url(forResource: name, withExtension: "json") else { return nil }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return try TrackingCore(options: CoreOptions(
            locale: locale,
            transitModelJson: try text("transit_model"),
            dwellModelJson: try text("dwell_model"),
            notificationPolicyJson: notificationPolicyJson
        ))
    }

    /// Saves the transit model with what `observe` learned on the device, for the next start.
    public func saveTransitModel(to url: URL) throws {
        try saveTransitModel().write(to: url, atomically: true, encoding: .utf8)
    }
}

extension TrackingError {
    /// The stable kind code of the core's error table, whichever case.
    public var kind: String {
        switch self {
        case let .Rejected(kind, _, _), let .Internal(kind, _, _):
            return kind
        }
    }
}
