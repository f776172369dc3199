/// A Grafana unit id: how a panel formats its values (`s` renders 0.25 as "250 ms", `bytes` 2048 as
/// "2 KiB", `reqps` as "req/s"). The cases are every unit of Grafana 12's unit catalogue, as listed by its
/// published JSON schema (`units.jsonschema.json`), so that a panel cannot name a unit Grafana does not know.
///
/// ```swift
/// TimeSeries("Request rate", unit: .requestsPerSecond) { sum(rate(requests, over: .minutes(5))) }
/// ```
public enum Unit: String, CaseIterable, Sendable {
    /// A plain number, without unit formatting (Grafana's "none").
    case number = "none"
    /// Values shown as text.
    case string = "string"
    /// A number shortened with K, Mil, Bil (Grafana's default).
    case short = "short"
    /// SI short.
    case siShort = "sishort"
    /// Percent (0-100).
    case percent = "percent"
    /// Percent (0.0-1.0).
    case percentUnit = "percentunit"
    /// Humidity (%H).
    case humidity = "humidity"
    /// Decibel (dB).
    case decibel = "dB"
    /// Candela (cd).
    case candela = "candela"
    /// Hexadecimal (0x).
    case hexadecimal0x = "hex0x"
    /// Hexadecimal.
    case hexadecimal = "hex"
    /// Scientific notation.
    case scientificNotation = "sci"
    /// The browser locale's number format.
    case localeFormat = "locale"
    /// Pixels (px).
    case pixels = "pixel"
    /// Acceleration: Meters/sec² (m/sec²).
    case metersSecSquared = "accMS2"
    /// Acceleration: Feet/sec² (f/sec²).
    case feetSecSquared = "accFS2"
    /// G unit (g).
    case gUnit = "accG"
    /// Angle: Degrees (°).
    case degrees = "degree"
    /// Angle: Radians.
    case radians = "radian"
    /// Angle: Gradian.
    case gradian = "grad"
    /// Angle: Arc Minutes.
    case arcMinutes = "arcmin"
    /// Angle: Arc Seconds.
    case arcSeconds = "arcsec"
    /// Area: Square Meters (m²).
    case squareMeters = "areaM2"
    /// Area: Square Feet (ft²).
    case squareFeet = "areaF2"
    /// Area: Square Miles (mi²).
    case squareMiles = "areaMI2"
    /// Area: Acres (ac).
    case acres = "acres"
    /// Area: Hectares (ha).
    case hectares = "hectares"
    /// Computation: FLOP/s.
    case flopsPerSecond = "flops"
    /// Computation: MFLOP/s.
    case megaFlopsPerSecond = "mflops"
    /// Computation: GFLOP/s.
    case gigaFlopsPerSecond = "gflops"
    /// Computation: TFLOP/s.
    case teraFlopsPerSecond = "tflops"
    /// Computation: PFLOP/s.
    case petaFlopsPerSecond = "pflops"
    /// Computation: EFLOP/s.
    case exaFlopsPerSecond = "eflops"
    /// Computation: ZFLOP/s.
    case zettaFlopsPerSecond = "zflops"
    /// Computation: YFLOP/s.
    case yottaFlopsPerSecond = "yflops"
    /// Concentration: parts-per-million (ppm).
    case partsPerMillion = "ppm"
    /// Concentration: parts-per-billion (ppb).
    case partsPerBillion = "conppb"
    /// Concentration: nanogram per cubic meter (ng/m³).
    case nanogramPerCubicMeter = "conngm3"
    /// Concentration: nanogram per normal cubic meter (ng/Nm³).
    case nanogramPerNormalCubicMeter = "conngNm3"
    /// Concentration: microgram per cubic meter (μg/m³).
    case microgramPerCubicMeter = "conμgm3"
    /// Concentration: microgram per normal cubic meter (μg/Nm³).
    case microgramPerNormalCubicMeter = "conμgNm3"
    /// Concentration: milligram per cubic meter (mg/m³).
    case milligramPerCubicMeter = "conmgm3"
    /// Concentration: milligram per normal cubic meter (mg/Nm³).
    case milligramPerNormalCubicMeter = "conmgNm3"
    /// Concentration: gram per cubic meter (g/m³).
    case gramPerCubicMeter = "congm3"
    /// Concentration: gram per normal cubic meter (g/Nm³).
    case gramPerNormalCubicMeter = "congNm3"
    /// Concentration: milligrams per decilitre (mg/dL).
    case milligramsPerDecilitre = "conmgdL"
    /// Concentration: millimoles per litre (mmol/L).
    case millimolesPerLiter = "conmmolL"
    /// Currency: Dollars ($).
    case dollars = "currencyUSD"
    /// Currency: Pounds (£).
    case pounds = "currencyGBP"
    /// Currency: Euro (€).
    case euro = "currencyEUR"
    /// Currency: Yen (¥).
    case yen = "currencyJPY"
    /// Currency: Rubles (₽).
    case rubles = "currencyRUB"
    /// Currency: Hryvnias (₴).
    case hryvnias = "currencyUAH"
    /// Currency: Real (R$).
    case real = "currencyBRL"
    /// Currency: Danish Krone (kr).
    case danishKrone = "currencyDKK"
    /// Currency: Icelandic Króna (kr).
    case icelandicKrona = "currencyISK"
    /// Currency: Norwegian Krone (kr).
    case norwegianKrone = "currencyNOK"
    /// Currency: Swedish Krona (kr).
    case swedishKrona = "currencySEK"
    /// Currency: Czech koruna (czk).
    case czechKoruna = "currencyCZK"
    /// Currency: Swiss franc (CHF).
    case swissFranc = "currencyCHF"
    /// Currency: Polish Złoty (PLN).
    case polishZloty = "currencyPLN"
    /// Currency: Bitcoin (฿).
    case bitcoin = "currencyBTC"
    /// Currency: Milli Bitcoin (฿).
    case milliBitcoin = "currencymBTC"
    /// Currency: Micro Bitcoin (฿).
    case microBitcoin = "currencyμBTC"
    /// Currency: South African Rand (R).
    case southAfricanRand = "currencyZAR"
    /// Currency: Indian Rupee (₹).
    case indianRupee = "currencyINR"
    /// Currency: South Korean Won (₩).
    case southKoreanWon = "currencyKRW"
    /// Currency: Indonesian Rupiah (Rp).
    case indonesianRupiah = "currencyIDR"
    /// Currency: Philippine Peso (PHP).
    case philippinePeso = "currencyPHP"
    /// Currency: Vietnamese Dong (VND).
    case vietnameseDong = "currencyVND"
    /// Currency: Turkish Lira (₺).
    case turkishLira = "currencyTRY"
    /// Currency: Malaysian Ringgit (RM).
    case malaysianRinggit = "currencyMYR"
    /// Currency: CFP franc (XPF).
    case cfpFranc = "currencyXPF"
    /// Currency: Bulgarian Lev (BGN).
    case bulgarianLev = "currencyBGN"
    /// Currency: Guaraní (₲).
    case guarani = "currencyPYG"
    /// Currency: Uruguay Peso (UYU).
    case uruguayPeso = "currencyUYU"
    /// Currency: Israeli New Shekels (₪).
    case israeliNewShekels = "currencyILS"
    /// Data: bytes(IEC).
    case bytes = "bytes"
    /// Data: bytes(SI).
    case decimalBytes = "decbytes"
    /// Data: bits(IEC).
    case bits = "bits"
    /// Data: bits(SI).
    case decimalBits = "decbits"
    /// Data: kibibytes.
    case kibibytes = "kbytes"
    /// Data: kilobytes.
    case kilobytes = "deckbytes"
    /// Data: mebibytes.
    case mebibytes = "mbytes"
    /// Data: megabytes.
    case megabytes = "decmbytes"
    /// Data: gibibytes.
    case gibibytes = "gbytes"
    /// Data: gigabytes.
    case gigabytes = "decgbytes"
    /// Data: tebibytes.
    case tebibytes = "tbytes"
    /// Data: terabytes.
    case terabytes = "dectbytes"
    /// Data: pebibytes.
    case pebibytes = "pbytes"
    /// Data: petabytes.
    case petabytes = "decpbytes"
    /// Data rate: packets/sec.
    case packetsPerSecond = "pps"
    /// Data rate: bytes/sec(IEC).
    case bytesPerSecondIEC = "binBps"
    /// Data rate: bytes/sec(SI).
    case bytesPerSecondSI = "Bps"
    /// Data rate: bits/sec(IEC).
    case bitsPerSecondIEC = "binbps"
    /// Data rate: bits/sec(SI).
    case bitsPerSecondSI = "bps"
    /// Data rate: kibibytes/sec.
    case kibibytesPerSecond = "KiBs"
    /// Data rate: kibibits/sec.
    case kibibitsPerSecond = "Kibits"
    /// Data rate: kilobytes/sec.
    case kilobytesPerSecond = "KBs"
    /// Data rate: kilobits/sec.
    case kilobitsPerSecond = "Kbits"
    /// Data rate: mebibytes/sec.
    case mebibytesPerSecond = "MiBs"
    /// Data rate: mebibits/sec.
    case mebibitsPerSecond = "Mibits"
    /// Data rate: megabytes/sec.
    case megabytesPerSecond = "MBs"
    /// Data rate: megabits/sec.
    case megabitsPerSecond = "Mbits"
    /// Data rate: gibibytes/sec.
    case gibibytesPerSecond = "GiBs"
    /// Data rate: gibibits/sec.
    case gibibitsPerSecond = "Gibits"
    /// Data rate: gigabytes/sec.
    case gigabytesPerSecond = "GBs"
    /// Data rate: gigabits/sec.
    case gigabitsPerSecond = "Gbits"
    /// Data rate: tebibytes/sec.
    case tebibytesPerSecond = "TiBs"
    /// Data rate: tebibits/sec.
    case tebibitsPerSecond = "Tibits"
    /// Data rate: terabytes/sec.
    case terabytesPerSecond = "TBs"
    /// Data rate: terabits/sec.
    case terabitsPerSecond = "Tbits"
    /// Data rate: pebibytes/sec.
    case pebibytesPerSecond = "PiBs"
    /// Data rate: pebibits/sec.
    case pebibitsPerSecond = "Pibits"
    /// Data rate: petabytes/sec.
    case petabytesPerSecond = "PBs"
    /// Data rate: petabits/sec.
    case petabitsPerSecond = "Pbits"
    /// Date & time: Datetime ISO.
    case datetimeISO = "dateTimeAsIso"
    /// Date & time: Datetime ISO (No date if today).
    case datetimeISONotToday = "dateTimeAsIsoNoDateIfToday"
    /// Date & time: Datetime US.
    case datetimeUS = "dateTimeAsUS"
    /// Date & time: Datetime US (No date if today).
    case datetimeUSNotToday = "dateTimeAsUSNoDateIfToday"
    /// Date & time: Datetime local.
    case datetimeLocal = "dateTimeAsLocal"
    /// Date & time: Datetime local (No date if today).
    case datetimeLocalNotToday = "dateTimeAsLocalNoDateIfToday"
    /// Date & time: Datetime default.
    case datetimeDefault = "dateTimeAsSystem"
    /// Date & time: From Now.
    case dateTimeFromNow = "dateTimeFromNow"
    /// Energy: Watt (W).
    case watt = "watt"
    /// Energy: Kilowatt (kW).
    case kiloWatt = "kwatt"
    /// Energy: Megawatt (MW).
    case megaWatt = "megwatt"
    /// Energy: Gigawatt (GW).
    case gigaWatt = "gwatt"
    /// Energy: Milliwatt (mW).
    case milliWatt = "mwatt"
    /// Energy: Watt per square meter (W/m²).
    case wattPerSquareMeter = "Wm2"
    /// Energy: Volt-Ampere (VA).
    case voltAmpere = "voltamp"
    /// Energy: Kilovolt-Ampere (kVA).
    case kiloVoltAmpere = "kvoltamp"
    /// Energy: Volt-Ampere reactive (VAr).
    case voltAmpereReactive = "voltampreact"
    /// Energy: Kilovolt-Ampere reactive (kVAr).
    case kiloVoltAmpereReactive = "kvoltampreact"
    /// Energy: Watt-hour (Wh).
    case wattHour = "watth"
    /// Energy: Watt-hour per Kilogram (Wh/kg).
    case wattHourPerKilogram = "watthperkg"
    /// Energy: Kilowatt-hour (kWh).
    case kiloWattHour = "kwatth"
    /// Energy: Kilowatt-min (kWm).
    case kiloWattMinute = "kwattm"
    /// Energy: Megawatt-hour (MWh).
    case megaWattHour = "mwatth"
    /// Energy: Ampere-hour (Ah).
    case ampereHour = "amph"
    /// Energy: Kiloampere-hour (kAh).
    case kiloAmpereHour = "kamph"
    /// Energy: Milliampere-hour (mAh).
    case milliAmpereHour = "mamph"
    /// Energy: Joule (J).
    case joule = "joule"
    /// Energy: Electron volt (eV).
    case electronVolt = "ev"
    /// Energy: Ampere (A).
    case ampere = "amp"
    /// Energy: Kiloampere (kA).
    case kiloAmpere = "kamp"
    /// Energy: Milliampere (mA).
    case milliAmpere = "mamp"
    /// Energy: Volt (V).
    case volt = "volt"
    /// Energy: Kilovolt (kV).
    case kiloVolt = "kvolt"
    /// Energy: Millivolt (mV).
    case milliVolt = "mvolt"
    /// Energy: Decibel-milliwatt (dBm).
    case decibelMilliWatt = "dBm"
    /// Energy: Milliohm (mΩ).
    case milliOhm = "mohm"
    /// Energy: Ohm (Ω).
    case ohm = "ohm"
    /// Energy: Kiloohm (kΩ).
    case kiloOhm = "kohm"
    /// Energy: Megaohm (MΩ).
    case megaOhm = "Mohm"
    /// Energy: Farad (F).
    case farad = "farad"
    /// Energy: Microfarad (µF).
    case microFarad = "µfarad"
    /// Energy: Nanofarad (nF).
    case nanoFarad = "nfarad"
    /// Energy: Picofarad (pF).
    case picoFarad = "pfarad"
    /// Energy: Femtofarad (fF).
    case femtoFarad = "ffarad"
    /// Energy: Henry (H).
    case henry = "henry"
    /// Energy: Millihenry (mH).
    case milliHenry = "mhenry"
    /// Energy: Microhenry (µH).
    case microHenry = "µhenry"
    /// Energy: Lumens (Lm).
    case lumens = "lumens"
    /// Flow: Gallons/min (gpm).
    case gallonsPerMinute = "flowgpm"
    /// Flow: Cubic meters/sec (cms).
    case cubicMetersPerSecond = "flowcms"
    /// Flow: Cubic feet/sec (cfs).
    case cubicFeetPerSecond = "flowcfs"
    /// Flow: Cubic feet/min (cfm).
    case cubicFeetPerMinute = "flowcfm"
    /// Flow: Litre/hour.
    case litrePerHour = "litreh"
    /// Flow: Litre/min (L/min).
    case litrePerMinute = "flowlpm"
    /// Flow: milliLitre/min (mL/min).
    case milliLitrePerMinute = "flowmlpm"
    /// Flow: Lux (lx).
    case lux = "lux"
    /// Force: Newton-meters (Nm).
    case newtonMeters = "forceNm"
    /// Force: Kilonewton-meters (kNm).
    case kiloNewtonMeters = "forcekNm"
    /// Force: Newtons (N).
    case newtons = "forceN"
    /// Force: Kilonewtons (kN).
    case kiloNewtons = "forcekN"
    /// Hash rate: hashes/sec.
    case hashesPerSecond = "Hs"
    /// Hash rate: kilohashes/sec.
    case kiloHashesPerSecond = "KHs"
    /// Hash rate: megahashes/sec.
    case megaHashesPerSecond = "MHs"
    /// Hash rate: gigahashes/sec.
    case gigaHashesPerSecond = "GHs"
    /// Hash rate: terahashes/sec.
    case teraHashesPerSecond = "THs"
    /// Hash rate: petahashes/sec.
    case petaHashesPerSecond = "PHs"
    /// Hash rate: exahashes/sec.
    case exaHashesPerSecond = "EHs"
    /// Mass: milligram (mg).
    case milligram = "massmg"
    /// Mass: gram (g).
    case gram = "massg"
    /// Mass: pound (lb).
    case pound = "masslb"
    /// Mass: kilogram (kg).
    case kilogram = "masskg"
    /// Mass: metric ton (t).
    case metricTon = "masst"
    /// Length: millimeter (mm).
    case millimeter = "lengthmm"
    /// Length: inch (in).
    case inch = "lengthin"
    /// Length: feet (ft).
    case feet = "lengthft"
    /// Length: meter (m).
    case meter = "lengthm"
    /// Length: kilometer (km).
    case kilometer = "lengthkm"
    /// Length: mile (mi).
    case mile = "lengthmi"
    /// Pressure: Millibars.
    case millibars = "pressurembar"
    /// Pressure: Bars.
    case bars = "pressurebar"
    /// Pressure: Kilobars.
    case kilobars = "pressurekbar"
    /// Pressure: Pascals.
    case pascals = "pressurepa"
    /// Pressure: Hectopascals.
    case hectopascals = "pressurehpa"
    /// Pressure: Kilopascals.
    case kilopascals = "pressurekpa"
    /// Pressure: Inches of mercury.
    case inchesOfMercury = "pressurehg"
    /// Pressure: PSI.
    case psi = "pressurepsi"
    /// Radiation: Becquerel (Bq).
    case becquerel = "radbq"
    /// Radiation: curie (Ci).
    case curie = "radci"
    /// Radiation: Gray (Gy).
    case gray = "radgy"
    /// Radiation: rad.
    case rad = "radrad"
    /// Radiation: Sievert (Sv).
    case sievert = "radsv"
    /// Radiation: milliSievert (mSv).
    case millisievert = "radmsv"
    /// Radiation: microSievert (µSv).
    case microsievert = "radusv"
    /// Radiation: rem.
    case rem = "radrem"
    /// Radiation: Exposure (C/kg).
    case exposure = "radexpckg"
    /// Radiation: roentgen (R).
    case roentgen = "radr"
    /// Radiation: Sievert/hour (Sv/h).
    case sievertPerHour = "radsvh"
    /// Radiation: milliSievert/hour (mSv/h).
    case millisievertPerHour = "radmsvh"
    /// Radiation: microSievert/hour (µSv/h).
    case microsievertPerHour = "radusvh"
    /// Rotational Speed: Revolutions per minute (rpm).
    case revolutionsPerMinute = "rotrpm"
    /// Rotational Speed: Hertz (Hz).
    case hertzRotation = "rothz"
    /// Rotational Speed: Kilohertz (kHz).
    case kilohertzRotation = "rotkhz"
    /// Rotational Speed: Megahertz (MHz).
    case megahertzRotation = "rotmhz"
    /// Rotational Speed: Gigahertz (GHz).
    case gigahertzRotation = "rotghz"
    /// Rotational Speed: Radians per second (rad/s).
    case radiansPerSecond = "rotrads"
    /// Rotational Speed: Degrees per second (°/s).
    case degreesPerSecond = "rotdegs"
    /// Temperature: Celsius (°C).
    case celsius = "celsius"
    /// Temperature: Fahrenheit (°F).
    case fahrenheit = "fahrenheit"
    /// Temperature: Kelvin (K).
    case kelvin = "kelvin"
    /// Time: Hertz (1/s).
    case hertz = "hertz"
    /// Time: nanoseconds (ns).
    case nanoseconds = "ns"
    /// Time: microseconds (µs).
    case microseconds = "µs"
    /// Time: milliseconds (ms).
    case milliseconds = "ms"
    /// Time: seconds (s).
    case seconds = "s"
    /// Time: minutes (m).
    case minutes = "m"
    /// Time: hours (h).
    case hours = "h"
    /// Time: days (d).
    case days = "d"
    /// Time: duration (ms).
    case durationMilliseconds = "dtdurationms"
    /// Time: duration (s).
    case durationSeconds = "dtdurations"
    /// Time: duration (hh:mm:ss).
    case durationInHoursMinutesSeconds = "dthms"
    /// Time: duration (d hh:mm:ss).
    case durationInDaysHoursMinutesSeconds = "dtdhms"
    /// Time: Timeticks (s/100).
    case timeticks = "timeticks"
    /// Time: clock (ms).
    case clockMilliseconds = "clockms"
    /// Time: clock (s).
    case clockSeconds = "clocks"
    /// Throughput: counts/sec (cps).
    case countsPerSecond = "cps"
    /// Throughput: ops/sec (ops).
    case opsPerSecond = "ops"
    /// Throughput: requests/sec (rps).
    case requestsPerSecond = "reqps"
    /// Throughput: reads/sec (rps).
    case readsPerSecond = "rps"
    /// Throughput: writes/sec (wps).
    case writesPerSecond = "wps"
    /// Throughput: I/O ops/sec (iops).
    case ioOpsPerSecond = "iops"
    /// Throughput: events/sec (eps).
    case eventsPerSecond = "eps"
    /// Throughput: messages/sec (mps).
    case messagesPerSecond = "mps"
    /// Throughput: records/sec (rps).
    case recordsPerSecond = "recps"
    /// Throughput: rows/sec (rps).
    case rowsPerSecond = "rowsps"
    /// Throughput: counts/min (cpm).
    case countsPerMinute = "cpm"
    /// Throughput: ops/min (opm).
    case opsPerMinute = "opm"
    /// Throughput: requests/min (rpm).
    case requestsPerMinute = "reqpm"
    /// Throughput: reads/min (rpm).
    case readsPerMinute = "rpm"
    /// Throughput: writes/min (wpm).
    case writesPerMinute = "wpm"
    /// Throughput: events/min (epm).
    case eventsPerMinute = "epm"
    /// Throughput: messages/min (mpm).
    case messagesPerMinute = "mpm"
    /// Throughput: records/min (rpm).
    case recordsPerMinute = "recpm"
    /// Throughput: rows/min (rpm).
    case rowsPerMinute = "rowspm"
    /// Velocity: meters/second (m/s).
    case metersPerSecond = "velocityms"
    /// Velocity: kilometers/hour (km/h).
    case kilometersPerHour = "velocitykmh"
    /// Velocity: miles/hour (mph).
    case milesPerHour = "velocitymph"
    /// Velocity: knot (kn).
    case knot = "velocityknot"
    /// Volume: millilitre (mL).
    case millilitre = "mlitre"
    /// Volume: litre (L).
    case litre = "litre"
    /// Volume: cubic meter.
    case cubicMeter = "m3"
    /// Volume: Normal cubic meter.
    case normalCubicMeter = "Nm3"
    /// Volume: cubic decimeter.
    case cubicDecimeter = "dm3"
    /// Volume: gallons.
    case gallons = "gallons"
    /// Boolean: True / False.
    case bool = "bool"
    /// Boolean: Yes / No.
    case boolYesNo = "bool_yes_no"
    /// Boolean: On / Off.
    case boolOnOff = "bool_on_off"
}
