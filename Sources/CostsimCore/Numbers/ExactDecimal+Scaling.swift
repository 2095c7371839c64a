extension ExactDecimal {
    /// `floor(self · m)`: to a whole yen (`wholeYen`, for an amount in yen, whose fraction is dropped
    /// first), or to a millionth (a USD amount, a rate). The one rule by which an input is scaled,
    /// by `sensitivity` moving it and by `risk` drawing a multiplier of it.
    package func scaled(by m: ExactDecimal, wholeYen: Bool) -> ExactDecimal {
        wholeYen
            ? ExactDecimal(millionths: Yen.floorTimes(millionths / Self.scale, m) * Self.scale)
            : ExactDecimal(millionths: Yen.floorTimes(millionths, m))
    }
}
