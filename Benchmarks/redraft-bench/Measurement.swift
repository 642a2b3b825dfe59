#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The timings of one benchmarked operation over several iterations, and the memory it needed.
struct Measurement {
    /// Seconds per iteration, in the order run.
    var seconds: [Double]
    /// Peak resident memory while the operation ran, in KiB (see ``PeakMemory``).
    var peakKiB: Int

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { seconds.min() ?? 0 }

    /// Runs `body` once untimed (warm-up) unless `warmUp` is false, then `iterations` times.
    static func run(iterations: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Measurement {
        PeakMemory.reset()
        if warmUp { try body() }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        seconds.reserveCapacity(iterations)
        for _ in 0..<max(iterations, 1) {
            let elapsed = try clock.measure(body)
            seconds.append(elapsed.seconds)
        }
        return Measurement(seconds: seconds, peakKiB: PeakMemory.current())
    }
}

extension Measurement {
    /// Like ``run(iterations:warmUp:_:)``, but the value `body` returns is freed after the clock
    /// stops: freeing a result (a parsed tree, say) is not part of making it.
    static func producing<T>(iterations: Int, _ body: () throws -> T) rethrows -> (Measurement, T) {
        PeakMemory.reset()
        var last = try body()
        let clock = ContinuousClock()
        var seconds: [Double] = []
        for _ in 0..<max(iterations, 1) {
            let start = clock.now
            let value = try body()
            seconds.append((clock.now - start).seconds)
            last = value
        }
        return (Measurement(seconds: seconds, peakKiB: PeakMemory.current()), last)
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

/// Peak resident set size. On Linux the high-water mark is reset before each operation
/// (`/proc/self/clear_refs`) and read from `VmHWM`, so each row shows the peak of its own
/// operation; elsewhere, and when the reset is refused, `getrusage` gives the process-wide peak.
enum PeakMemory {
    static func reset() {
        #if os(Linux)
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
        #endif
    }

    /// KiB.
    static func current() -> Int {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let digits = line.filter(\.isNumber)
                if let value = Int(digits) { return value }
            }
        }
        #endif
        return processPeak()
    }

    /// The process-wide peak from `getrusage` (`ru_maxrss`), KiB.
    static func processPeak() -> Int {
        var usage = rusage()
        #if os(Linux)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if os(macOS)
        return Int(usage.ru_maxrss) / 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }
}
