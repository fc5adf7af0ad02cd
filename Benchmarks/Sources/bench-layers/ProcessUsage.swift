import Foundation

/// Clock, CPU time and memory of this process, read around the timed write.
enum ProcessUsage {
    /// Wall-clock, user and system seconds at one moment.
    struct Sample {
        var wall: Double
        var user: Double
        var system: Double
    }

    static func now() -> Sample {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        return Sample(wall: Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9,
                      user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
    }

    /// The peak resident set size so far, in MB (getrusage's `ru_maxrss`, in KiB on Linux).
    static func peakMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The resident set size now, in MB (`VmRSS` in /proc/self/status), or 0 where unreadable.
    static func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Double(line.split(separator: " ")[1]) else { return 0 }
        return kib / 1024
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}
