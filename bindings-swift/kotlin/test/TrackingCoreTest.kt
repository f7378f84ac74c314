// Kotlin tests of the generated bindings, run on the JVM by bindings-swift/scripts/test.sh
// (`make test-mobile`). A plain main with kotlin.test assertions: no JUnit or Gradle needed.
// System properties: fixtures (dir), cli (the tracking-core binary), data (shared dev data,
// optional: the agreement tests skip when it is absent).

import com.google.gson.JsonElement
import com.google.gson.JsonNull
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import java.io.File
import java.time.Instant
import java.time.OffsetDateTime
import kotlin.system.exitProcess
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNotNull
import kotlin.test.assertNotEquals
import kotlin.test.assertNull
import kotlin.test.assertTrue
import tracking.core.*

val fixtures = File(System.getProperty("fixtures") ?: "fixtures")
val cli = System.getProperty("cli")?.let(::File)
val data = System.getProperty("data")?.let(::File)

fun core(locale: String = "en", transit: String? = null) =
    TrackingCore(CoreOptions(locale = locale, transitModelJson = transit))

fun instant(s: String): Instant = OffsetDateTime.parse(s).toInstant()

fun readJson(f: File): JsonObject = JsonParser.parseString(f.readText()).asJsonObject

fun JsonElement?.str(): String? = if (this == null || isJsonNull) null else asString

/** The snake_case code of a value enum (`IN_TRANSIT` -> `in_transit`). */
fun code(e: Enum<*>): String = e.name.lowercase()

fun shipmentFixtures(): List<File> =
    File(fixtures, "shipments").listFiles { f -> f.name.endsWith(".json") }!!.sortedBy { it.name }

fun testShipmentFixtures() {
    val files = shipmentFixtures()
    assertTrue(files.size >= 5, "fixtures not found in $fixtures")
    val tc = core()
    for (f in files) {
        val fx = readJson(f)
        val snap = tc.track(shipmentFromJson(fx["input"].toString()), instant(fx["now"].asString))
        val at = f.name
        for ((key, want) in fx["expected"].asJsonObject.entrySet()) {
            when (key) {
                "status" -> assertEquals(want.asString, code(snap.status), at)
                "substatus" -> assertEquals(want.str(), snap.substatus, at)
                "terminal" -> assertEquals(want.asBoolean, snap.terminal, at)
                "milestone" -> assertEquals(want.asString, code(snap.milestone), at)
                "progress" -> {
                    val p = want.asJsonObject
                    assertEquals(p["step"].asInt, snap.progress.step.toInt(), at)
                    assertEquals(p["of"].asInt, snap.progress.of.toInt(), at)
                    assertEquals(p["fraction"].asDouble, snap.progress.fraction, 1e-9, at)
                }
                "since" -> assertEquals(want.str()?.let(::instant), snap.since, "$at since")
                "shipped_at" -> assertEquals(want.str()?.let(::instant), snap.shippedAt, "$at shipped_at")
                "delivered_at" -> assertEquals(want.str()?.let(::instant), snap.deliveredAt, "$at delivered_at")
                "last_event_at" -> assertEquals(want.str()?.let(::instant), snap.lastEventAt, "$at last_event_at")
                "direction" -> assertEquals(want.asString, code(snap.direction), at)
                "events" -> assertEquals(want.asInt, snap.events.size, at)
                "rejected" -> assertEquals(want.asInt, snap.rejected.size, at)
                "rejected_kinds" ->
                    assertEquals(want.asJsonArray.map { it.asString }, snap.rejected.map { it.kind }.sorted(), at)
                else -> throw AssertionError("$at: unknown expected key $key")
            }
        }
    }
}

fun testValueTypesAndNormalize() {
    val tc = core("de")
    val snap = tc.track(
        ShipmentInput(
            id = "A1", carrier = "ups",
            events = listOf(
                ScanEvent(status = "out_for_delivery", description = "Out for delivery",
                          time = "2024-03-26T07:10:00+01:00"),
            ),
        ),
        instant("2024-03-26T08:00:00Z"),
    )
    assertEquals(Status.OUT_FOR_DELIVERY, snap.status)
    assertEquals(Milestone.OUT_FOR_DELIVERY, snap.milestone)
    assertEquals("Ihr Paket wird heute zugestellt", snap.message?.headline)
    assertEquals(Verdict.ON_TRACK, snap.health?.verdict)
    assertEquals(instant("2024-03-26T06:10:00Z"), snap.events.single().time)
    assertEquals("2024-03-26T07:10:00+01:00", snap.events.single().localTime)
    assertEquals("UPS", snap.carrierName)
    assertTrue(snap.warnings.isEmpty())
    val typo = tc.track(ShipmentInput(id = "A2", carrier = "upss"), instant("2024-03-26T08:00:00Z"))
    assertEquals(CarrierWarningKind.UNKNOWN_CARRIER, typo.warnings.single().kind)
    assertEquals("ups", typo.warnings.single().didYouMean.first())
    val n = tc.normalize(ScanEvent(description = "Delivered"), "ups")
    assertEquals(Status.DELIVERED, n.status)
    val id = identify("1Z999AA10123456784")
    assertEquals("ups", id.candidates.first().carrier)
    assertTrue(id.candidates.first().checkDigitVerified)
}

fun testRenderAndDecide() {
    val tc = core("en")
    val now = instant("2024-03-26T12:00:00Z")
    val snap = tc.trackJson(
        """{"id":"A1","carrier":"ups","events":[{"status":"out_for_delivery",
           "description":"Out for delivery","time":"2024-03-26T07:10:00+01:00"}]}""",
        now,
    )
    val n = assertNotNull(tc.decide(null, snap, now))
    assertEquals(NotificationKind.OUT_FOR_DELIVERY, n.kind)
    assertEquals(listOf("A1"), n.shipmentIds)
    assertNull(tc.decide(snap, snap, now), "told once: the same state again is no news")
    val de = tc.render(snap, "de")
    assertEquals("Ihr Paket wird heute zugestellt", de.headline)
    // A value snapshot is a data class: an app may copy and store it.
    val delivered = snap.copy(status = Status.DELIVERED, substatus = null, terminal = true)
    assertEquals(NotificationKind.DELIVERED, tc.decide(snap, delivered, now)?.kind)
}

fun testHealthInAnotherLanguage() {
    // Silent for twelve days: the sentence names the carrier and the days.
    val json = """{"id":"H1","carrier":"ups","events":[{"status":"in_transit",
       "description":"Departed facility","time":"2024-03-10T07:10:00+01:00"}]}"""
    val now = instant("2024-03-22T12:00:00Z")
    val en = assertNotNull(core("en").trackJson(json, now).health)
    val de = assertNotNull(core("de").trackJson(json, now).health)
    assertNotEquals(en.explanation, de.explanation)
    // A stored English verdict, shown after the phone switched to German.
    assertEquals(de, core("en").localizeHealth(en, "de"))
}

/** Checks an error's kind: a code of the core's error table (`errorKinds()`). */
fun assertKind(code: String, e: TrackingException) {
    val kind = when (e) {
        is TrackingException.Rejected -> e.kind
        is TrackingException.Internal -> e.kind
    }
    assertEquals(code, kind)
    assertTrue(kind in errorKinds(), "$kind is not in the core's error table")
}

fun testErrors() {
    val tc = core()
    val json = assertFailsWith<TrackingException.Rejected> { tc.trackJson("{\"id\": 3", Instant.now()) }
    assertKind("invalid_json", json)
    // Tracking keeps a shipment whose optional date is unreadable and names the field...
    val dropped = tc.track(ShipmentInput(id = "x", orderedAt = "not a time"), Instant.now())
    assertEquals(CarrierWarningKind.INVALID_FIELD, dropped.warnings.single().kind)
    assertEquals("ordered_at", dropped.warnings.single().field)
    // ...learning from it refuses the record.
    val time = assertFailsWith<TrackingException.Rejected> {
        tc.observe(ShipmentInput(id = "x", orderedAt = "not a time"), Instant.now())
    }
    assertKind("invalid_time", time)
    val model = assertFailsWith<TrackingException.Rejected> { core(transit = "{\"version\": 999}") }
    assertKind("invalid_model", model)
    val event = assertFailsWith<TrackingException.Rejected> { tc.normalize(ScanEvent(), "ups") }
    assertKind("invalid_event", event)
    val sub = assertFailsWith<TrackingException.Rejected> {
        tc.render(tc.trackJson("""{"id":"s"}""", Instant.now()).copy(substatus = "nonsense"), "en")
    }
    assertKind("unknown_status", sub)
    // A shipment without an id is refused as every JSON entry refuses it (the core's check).
    for (id in listOf("", "  ")) {
        val noId = assertFailsWith<TrackingException.Rejected> { tc.track(ShipmentInput(id = id), Instant.now()) }
        assertKind("invalid_input", noId)
        assertTrue("non-empty `id`" in noId.message.orEmpty(), noId.message)
        assertFailsWith<TrackingException.Rejected> { tc.observe(ShipmentInput(id = id), Instant.now()) }
    }
    // trackJson honours the shipment's own as_of, like track_batch and the facade.
    val scans = """"carrier":"ups","events":[{"description":"Delivered","time":"2024-03-25T10:00:00Z"}]"""
    val asOf = tc.trackJson("""{"id":"a","as_of":"2024-03-20T00:00:00Z",$scans}""", instant("2024-03-26T08:00:00Z"))
    val then = tc.trackJson("""{"id":"a",$scans}""", instant("2024-03-20T00:00:00Z"))
    assertEquals(then, asOf)
    assertEquals(Status.DELIVERED, tc.trackJson("""{"id":"a",$scans}""", instant("2024-03-26T08:00:00Z")).status)
    assertTrue(asOf.status != Status.DELIVERED, "the delivery scan comes after as_of")
    // Every error is a TrackingException: one catch covers all.
    assertFailsWith<TrackingException> { shipmentFromJson("not json") }
}

fun testPanicIsAnErrorNotACrash() {
    val e = assertFailsWith<TrackingException.Internal> { panicProbe("probe from Kotlin") }
    assertKind("internal", e)
    assertTrue(e.detail.contains("probe from Kotlin"), e.detail)
    // The library is still usable after the panic.
    assertEquals(Status.PENDING, core().trackJson("""{"id":"after"}""", Instant.now()).status)
}

fun testModelRoundTrip() {
    val tc = core()
    val before = tc.saveTransitModel()
    for (f in shipmentFixtures()) {
        val fx = readJson(f)
        tc.observe(shipmentFromJson(fx["input"].toString()), instant(fx["now"].asString))
    }
    val saved = tc.saveTransitModel()
    assertTrue(before != saved, "observing deliveries changed nothing")
    val dwell = assertNotNull(tc.saveDwellModel(), "observing learned no dwell model")
    val reloaded = TrackingCore(CoreOptions(transitModelJson = saved, dwellModelJson = dwell))
    assertTrue(saved == reloaded.saveTransitModel(), "transit model changed on reload")
    // The reloaded models judge every fixture as the learning core does.
    for (f in shipmentFixtures()) {
        val fx = readJson(f)
        val input = shipmentFromJson(fx["input"].toString())
        val now = instant(fx["now"].asString)
        assertEquals(tc.track(input, now), reloaded.track(input, now), f.name)
    }
}

fun testNoteOrders() {
    // Ten weeks of five orders a day, each delivered in 4-7 days, learned on the device; then
    // the backend notes every order of those weeks and a week of twelve a day (2.4x usual).
    val tc = core("nl")
    val start = instant("2017-08-07T12:00:00Z")
    val lane = """"carrier":"correios","origin":{"country":"BR","region":"SP"},"destination":{"country":"BR","region":"RJ"}"""
    val placed = (0 until 350).map { i -> start.plusSeconds(3600L * (24 * (i / 5) + i % 5)) }
    val learnedAt = instant("2018-01-01T00:00:00Z")
    placed.forEachIndexed { i, t ->
        tc.observe(shipmentFromJson("""{"id":"p$i",$lane,"ordered_at":"$t","shipped_at":"${t.plusSeconds(20 * 3600)}","delivered_at":"${t.plusSeconds(86400L * (4 + i % 4))}"}"""), learnedAt)
    }
    val week = start.plusSeconds(70 * 86400L)
    val now = week.plusSeconds(7 * 86400L + 2 * 3600)
    val orders = placed.mapIndexed { i, t -> PlacedOrder(id = "p$i", carrier = "Correios", placedAt = t) } +
        (0 until 7).flatMap { d -> (0 until 12).map { k -> PlacedOrder("s$d-$k", "correios", week.plusSeconds(d * 86400L + k * 60L)) } }
    val out = tc.noteOrders(orders, now)
    assertEquals(434UL, out.counted)
    assertEquals(NoteOrderOutcome.Counted, out.outcomes[0])
    val again = tc.noteOrders(orders.take(3), now)
    assertEquals(List(3) { NoteOrderOutcome.Duplicate }, again.outcomes)
    val refused = tc.noteOrders(listOf(PlacedOrder(" ", null, now)), now).outcomes.single()
    assertTrue(refused is NoteOrderOutcome.Refused && refused.kind == "invalid_input", "$refused")
    val open = """{"id":"N1",$lane,"ordered_at":"$now"}"""
    val snap = tc.trackJson(open, now)
    assertEquals(WindowSurge(ratio = 2.4, factor = 1.5), snap.window?.surge)
    assertTrue(snap.message?.next?.contains("het is druk") == true, "${snap.message}")
    // The saved model keeps the noted orders: a core started from it still dedupes.
    val reloaded = core("nl", tc.saveTransitModel())
    assertEquals(0UL, reloaded.noteOrders(orders.take(1), now).counted)
    assertEquals(snap.window?.surge, reloaded.trackJson(open, now).window?.surge)
    // An order noted with its places and the shop's promised date, as Python and Node note
    // it: counted; the promised date reaches the core, which refuses one that is no date
    // for that order alone. (Which window it is kept open against: bindings-swift tests.rs.)
    val placedAt = now.minusSeconds(3600)
    val full = PlacedOrder(
        id = "N2", carrier = "correios", placedAt = placedAt,
        origin = Location(region = "SP", country = "BR"),
        destination = Location(region = "RJ", country = "BR"),
        promisedBy = "2017-10-31",
    )
    val fullOut = tc.noteOrders(listOf(full, full.copy(id = "N3", promisedBy = "soon")), now)
    assertEquals(listOf(1UL, 2), listOf(fullOut.counted, fullOut.outcomes.size))
    assertEquals(NoteOrderOutcome.Counted, fullOut.outcomes[0])
    val badDate = fullOut.outcomes[1]
    assertTrue(badDate is NoteOrderOutcome.Refused && badDate.kind == "invalid_time" && "`soon`" in badDate.message, "$badDate")
}

/** The documented matcher of fixtures/README.md: null when `actual` matches, else where not. */
fun mismatch(expected: JsonElement?, actual: JsonElement?, path: String = ""): String? {
    val e = expected ?: JsonNull.INSTANCE
    val a = actual ?: JsonNull.INSTANCE
    if (e.isJsonObject) {
        if (!a.isJsonObject) return "$path: expected an object, got $a"
        for ((k, v) in e.asJsonObject.entrySet()) {
            mismatch(v, a.asJsonObject[k], if (path.isEmpty()) k else "$path.$k")?.let { return it }
        }
        return null
    }
    if (e.isJsonArray) {
        if (!a.isJsonArray || a.asJsonArray.size() != e.asJsonArray.size()) return "$path: expected ${e.asJsonArray.size()} elements, got $a"
        e.asJsonArray.zip(a.asJsonArray).forEachIndexed { i, (x, y) -> mismatch(x, y, "$path[$i]")?.let { return it } }
        return null
    }
    if (e.isJsonPrimitive && a.isJsonPrimitive) {
        val p = e.asJsonPrimitive
        val q = a.asJsonPrimitive
        if (p.isBoolean || q.isBoolean) return if (p == q) null else "$path: expected $p, got $q"
        if (p.isNumber && q.isNumber) {
            return if (Math.abs(p.asDouble - q.asDouble) <= 1e-9) null else "$path: expected $p, got $q"
        }
        if (p.isString && q.isString) {
            if (p.asString == q.asString) return null
            val x = instantOrNull(p.asString)
            if (x != null && x == instantOrNull(q.asString)) return null
        }
    }
    return if (e == a) null else "$path: expected $e, got $a"
}

fun instantOrNull(s: String): Instant? =
    if ('T' !in s) null else try { OffsetDateTime.parse(s).toInstant() } catch (_: Exception) { null }

fun testApiVectors(): String {
    val files = File(fixtures, "api").walkTopDown().filter { it.isFile && it.name.endsWith(".json") }.sortedBy { it.path }.toList()
    val concepts = files.map { it.parentFile.name }.toSet()
    assertTrue(concepts.containsAll(listOf("normalize", "identify", "window", "health", "message", "notify", "order", "timeline")), "$concepts")
    for (f in files) {
        val v = readJson(f)
        val at = "${f.parentFile.name}/${f.name}"
        val op = v["operation"].asString
        val request = v["request"].toString()
        if (v.has("error")) {
            val e = assertFailsWith<TrackingException>(at) { call(op, request) }
            val record = JsonParser.parseString(when (e) {
                is TrackingException.Rejected -> e.record
                is TrackingException.Internal -> e.record
            })
            mismatch(v["error"], record)?.let { throw AssertionError("$at: $it") }
        } else {
            val actual = JsonParser.parseString(call(op, request))
            mismatch(v["expected"], actual)?.let { throw AssertionError("$at: $it") }
        }
    }
    // The matcher itself: a wrong value is caught, an unnamed key is not checked.
    assertNull(mismatch(JsonParser.parseString("""{"a":1,"t":"2024-01-01T00:00:00Z"}"""),
                        JsonParser.parseString("""{"a":1.0,"b":2,"t":"2024-01-01T01:00:00+01:00"}""")))
    assertNotNull(mismatch(JsonParser.parseString("""{"a":[1,2]}"""), JsonParser.parseString("""{"a":[1]}""")))
    return "${files.size} vectors"
}

/** Runs the CLI on `input` lines and returns its output lines (one per input line). */
fun runCli(vararg args: String, input: List<String>): List<JsonObject> {
    val tmp = File.createTempFile("mobile-cli", ".jsonl").apply { writeText(input.joinToString("\n") + "\n") }
    val p = ProcessBuilder(listOf(cli!!.path) + args.toList())
        .redirectInput(tmp).redirectError(ProcessBuilder.Redirect.INHERIT).start()
    val out = p.inputStream.bufferedReader().readLines()
    p.waitFor()
    tmp.delete()
    assertEquals(input.size, out.size, "one output line per input line")
    return out.map { JsonParser.parseString(it).asJsonObject }
}

fun testAgreesWithTheCliOnDevData(): String {
    if (data == null || !data.isDirectory || cli == null) return "skipped (no shared data)"
    val tc = core()
    // track: real order history (Brazil), at one clock.
    val now = "2018-09-01T00:00:00Z"
    val history = File(data, "olist/history.dev.jsonl").readLines().filter { it.isNotBlank() }.take(400)
    val tracked = runCli("track", "--now", now, input = history)
    for ((line, want) in history.zip(tracked)) {
        val got = tc.trackJson(line, instant(now))
        val at = want["id"].asString
        assertEquals(want["status"].asString, code(got.status), at)
        assertEquals(want["substatus"].str(), got.substatus, at)
        assertEquals(want["milestone"].asString, code(got.milestone), at)
        assertEquals(want["progress"].asJsonObject["step"].asInt, got.progress.step.toInt(), at)
        val w = want["window"]?.takeIf { !it.isJsonNull }?.asJsonObject
        assertEquals(w?.get("earliest").str(), got.window?.earliest, at)
        assertEquals(w?.get("latest").str(), got.window?.latest, at)
        assertEquals(w?.get("most_likely").str(), got.window?.mostLikely, at)
        val h = want["health"].asJsonObject
        assertEquals(h["verdict"].asString, code(got.health!!.verdict), at)
        assertEquals(h["reason"].asString, got.health!!.reason, at)
        assertEquals(want["message"].asJsonObject["headline"].asString, got.message?.headline, at)
    }
    // normalize: carrier scans with their labels removed, so the tables and text rules decide.
    val events = File(data, "carrier_events.dev.jsonl").readLines().filter { it.isNotBlank() }.map {
        JsonParser.parseString(it).asJsonObject.apply { remove("status"); remove("substatus") }
    }
    val normalized = runCli("normalize", input = events.map { it.toString() })
    var agreed = 0
    for ((ev, want) in events.zip(normalized)) {
        val scan = ScanEvent(carrier = ev["carrier"].str(), code = ev["code"].str(),
                             description = ev["description"].str(), language = ev["language"].str())
        if (want.has("error")) {
            assertFailsWith<TrackingException> { tc.normalize(scan, null) }
            continue
        }
        val got = tc.normalize(scan, null)
        val at = ev.toString()
        assertEquals(want["status"].asString, code(got.status), at)
        assertEquals(want["substatus"].str(), got.substatus, at)
        assertEquals(want["rule"].asString, got.rule, at)
        agreed++
    }
    // identify: labelled tracking numbers.
    val numbers = File(data, "tracking_numbers.dev.jsonl").readLines().filter { it.isNotBlank() }
    val identified = runCli("identify", "--input", "-", input = numbers)
    for ((line, want) in numbers.zip(identified)) {
        val got = identify(JsonParser.parseString(line).asJsonObject["number"].asString)
        assertEquals(want["normalized"].asString, got.normalized, line)
        assertEquals(want["ambiguous"].asBoolean, got.ambiguous, line)
        assertEquals(
            want["candidates"].asJsonArray.map { it.asJsonObject["carrier"].asString to it.asJsonObject["check_digit_verified"].asBoolean },
            got.candidates.map { it.carrier to it.checkDigitVerified },
            line,
        )
    }
    return "${history.size} shipments, $agreed scans, ${numbers.size} numbers agree"
}

fun main() {
    val tests = listOf<Pair<String, () -> Any?>>(
        "shipment fixtures" to ::testShipmentFixtures,
        "facade vectors (fixtures/api) through call" to ::testApiVectors,
        "value types, normalize, identify" to ::testValueTypesAndNormalize,
        "render and decide" to ::testRenderAndDecide,
        "health in another language" to ::testHealthInAnotherLanguage,
        "errors carry the core kind" to ::testErrors,
        "a panic is an error, not a crash" to ::testPanicIsAnErrorNotACrash,
        "model save/load round trip" to ::testModelRoundTrip,
        "noted orders widen windows in a surge" to ::testNoteOrders,
        "agreement with the CLI" to ::testAgreesWithTheCliOnDevData,
    )
    var failed = 0
    for ((name, test) in tests) {
        try {
            val note = test()
            println("ok   $name" + if (note is String) ": $note" else "")
        } catch (e: Throwable) {
            failed++
            println("FAIL $name: $e")
            e.printStackTrace()
        }
    }
    println("kotlin: ${tests.size - failed} passed, $failed failed")
    exitProcess(if (failed == 0) 0 else 1)
}
