// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Redraft",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ClauseTree", targets: ["ClauseTree"]),
        .library(name: "DraftDiff", targets: ["DraftDiff"]),
        .library(name: "DraftStore", targets: ["DraftStore"]),
        .executable(name: "redraft", targets: ["redraft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The clause-tree model of a resolution, its parser, renderers and drafting checks.
        .target(name: "ClauseTree"),
        // Paragraph alignment, word-level diff, amendments and comparison against earlier texts.
        .target(name: "DraftDiff", dependencies: ["ClauseTree"]),
        // Debian's libgit2-dev, seen from Swift. Only DraftStore imports it.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // glibc allocator settings for the command-line tool (large blocks kept, huge pages).
        // (DWARF 4 debug info: valgrind 3.19, used for the benchmarks' instruction counts, cannot
        // read clang's default DWARF 5.)
        .target(name: "CHeapTuning", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // Draft history in an ordinary git repository, through libgit2.
        .target(name: "DraftStore", dependencies: ["CLibGit2", "ClauseTree", "DraftDiff"]),
        // The thin command-line front end.
        .executableTarget(
            name: "redraft",
            dependencies: [
                "ClauseTree", "DraftDiff", "DraftStore", "CHeapTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds on Linux carry the Swift runtime and FoundationEssentials (with the
            // two libraries it is built on) inside the executable, linked by the toolchain's lld:
            // each run starts about 4 ms sooner than with the shared libraries (BENCHMARKS.md).
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld", "-l_FoundationCollections", "-l_FoundationCShims"], .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Measures parse, diff, added-since and history operations in-process (release builds).
        .executableTarget(
            name: "redraft-bench",
            dependencies: ["ClauseTree", "DraftDiff", "DraftStore"],
            path: "Benchmarks/redraft-bench"
        ),
        .testTarget(name: "ClauseTreeTests", dependencies: ["ClauseTree"]),
        .testTarget(name: "DraftDiffTests", dependencies: ["DraftDiff", "ClauseTree"]),
        .testTarget(name: "DraftStoreTests", dependencies: ["DraftStore", "ClauseTree"]),
        .testTarget(name: "RedraftCLITests", dependencies: ["ClauseTree"]),
    ],
    swiftLanguageModes: [.v6]
)
