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
        // Warm-up: let the JIT compile the generated converters.
        var sink = 0
        repeat(20_000) { sink += tc.track(input, now).events.size }
        val rounds = 5
        val perRound = 20_000
        val results = (1..rounds).map {
            val t0 = System.nanoTime()
            repeat(perRound) { sink += tc.track(input, now).events.size }
            (System.nanoTime() - t0) / 1000.0 / perRound
        }.sorted()
        println("bench: kotlin track (20 scans), us per call over $rounds rounds of $perRound: " +
                "median %.2f, min %.2f, max %.2f".format(results[rounds / 2], results.first(), results.last()))
        if (sink == 42) println()
    }
}
