// `make bench-mobile`: Kotlin `track` of a 20-scan shipment through the generated bindings
// (value types in, value snapshot out, JNA in between). A benchmark, not a test: it prints
// figures and asserts nothing about time. Property `shipment`: the JSON file to track.

import java.io.File
import java.time.Instant
import tracking.core.*

fun main() {
    val json = File(System.getProperty("shipment")).readText()
    val input = shipmentFromJson(json)
    check(input.events.size == 20) { "expected 20 scans, got ${input.events.size}" }
    val now = Instant.parse("2024-04-28T12:00:00Z")
    TrackingCore(CoreOptions(locale = "en")).use { tc ->
        val first = tc.track(input, now)
        println("bench: ${first.events.size} events, status ${first.status}, ${first.message?.headline}")
        // Each figure: 5 rounds of 20,000 calls after a warm-up round (the JIT compiles the
        // generated converters); median, min and max of the per-call means.
        fun time(what: String, call: () -> Int) {
            var sink = 0
            repeat(20_000) { sink += call() }
            val rounds = 5
            val perRound = 20_000
            val results = (1..rounds).map {
                val t0 = System.nanoTime()
                repeat(perRound) { sink += call() }
                (System.nanoTime() - t0) / 1000.0 / perRound
            }.sorted()
            println("bench: %-46s median %7.2f us, min %7.2f, max %7.2f".format(
                what, results[rounds / 2], results.first(), results.last()) + if (sink == 42) " " else "")
        }
        time("kotlin track (20 scans, value types)") { tc.track(input, now).events.size }
        time("kotlin trackJson (20 scans, JSON in)") { tc.trackJson(json, now).events.size }
        time("kotlin coreVersion (one call, fixed cost)") { coreVersion().length }
    }
}
