import ARRCore

/// Simulates one account month by month and writes its `accounts.csv` row and `monthly.csv` rows.
///
/// Every account has a latent health `z`. Health drives what the data shows (seat utilisation,
/// integrations, past-due spells, usage growth, declines in usage) and, through those same
/// observable states, the odds of churning, contracting and expanding. So churn is caused by
/// signals a scoring engine can see; see `docs/scenarios.md` for the model.
struct AccountSimulator {
  let parameters: ProfileParameters
  let firstMonth: Month
  let monthCount: Int
  let seed: UInt64
  let idWidth: Int
  /// Whether `monthly.csv` gets a `logins` activity column (``GeneratorOptions/hasLogins``).
  var writesLogins = false
  /// Months simulated past the as-of month, only to learn who has given notice.
  static let lookAhead = 3

  /// The as-of month's totals, for `reported_arr`.
  struct Totals {
    var mrrCents: Int64 = 0
    var oneTimeCents: Int64 = 0
  }

  func simulate(
    index: Int, startOffset: Int, accounts: inout ByteSink, monthly: inout ByteSink,
    totals: inout Totals
  ) {
    let p = parameters
    var rng = SeededGenerator(
      seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    let asOfOffset = monthCount - 1
    let preWindow = startOffset < 0
    let segment = rng.pick(p.segmentMix)
    let s = segment.index
    var contract = rng.pick(p.contractMix[s])
    if preWindow && contract == .pilot { contract = .annual }
    var cadence = p.cadence(for: contract, segment: segment, rng: &rng)
    // Survivors of earlier months are healthier on average than new logos.
    var z = rng.normal() + (preWindow ? 0.4 : 0)
    let startMonth = firstMonth.adding(months: startOffset)
    let startDay = rng.int(1...CivilDate.daysIn(month: startMonth.month, year: startMonth.year))
    let startDate = CivilDate(year: startMonth.year, month: startMonth.month, day: startDay)!

    let hasSeats = contract != .usage
    var seats = max(1, Int(rng.logNormal(median: p.seatsMedian[s], sigma: 0.6).rounded()))
    let listSeatCents = rng.logNormal(median: p.seatPriceCents[s], sigma: 0.2)
    let discount = contract == .multiYear ? 0.8 : contract == .annual ? 0.9 : 1.0
    var seatCents = Int64((listSeatCents * discount).rounded())
    if contract == .pilot { seatCents = Int64((listSeatCents * 0.7).rounded()) }
    var usageLevel = rng.logNormal(median: p.usageMedian[s], sigma: 0.8)
    let unitsPerSeat = rng.logNormal(median: 120, sigma: 0.5)
    var integrations = 0
    let integrationOdds = DeterministicMath.sigmoid(p.integrationsLogit + 0.9 * z + 0.4 * Double(s))
    for _ in 0..<8 where rng.chance(integrationOdds) { integrations += 1 }

    var committedCents: Int64 = 0
    var termLength = 0
    switch contract {
    case .annual: termLength = 12
    case .multiYear: termLength = rng.chance(0.5) ? 24 : 36
    case .pilot: termLength = rng.chance(0.5) ? 3 : 6
    case .usage:
      if rng.chance(p.usageMinimumShare) {
        let expected = usageLevel * p.centsPerThousandUnits / 1000
        committedCents = max(
          10_000, Int64((expected * rng.uniform(0.5, 0.9) / 10_000).rounded()) * 10_000)
        termLength = 12
      }
    // The generator never draws an unknown contract: it knows every term it simulates.
    case .monthly, .unknown: break
    }
    var isCommittedTerm = contract == .annual || contract == .multiYear || committedCents > 0
    var termEnd = startOffset + termLength - 1
    while termLength > 0 && termEnd < 0 { termEnd += termLength }

    // Trials: new month-to-month and usage accounts only.
    var trialStatus = TrialStatus.none
    var trialEndDate: CivilDate?
    var trialEndOffset = Int.min / 2
    var isTrialActive = false
    var isPaidTrial = false
    if !preWindow && (contract == .monthly || contract == .usage) && committedCents == 0
      && rng.chance(p.trialShare)
    {
      let end = CivilDate(daysSinceEpoch: startDate.daysSinceEpoch + (rng.chance(0.5) ? 14 : 30))
      trialEndDate = end
      trialEndOffset = end.month.months(since: firstMonth)
      isTrialActive = true
      isPaidTrial = rng.chance(p.paidTrialShare)
      trialStatus = .active
    }

    // Dynamic state.
    var isActive = true
    var drift = 0.0
    var health = z
    var declineMonth = 0
    var declineLength = 0
    var declineEndedAt = Int.min / 2
    var isDisengaged = false
    var isPastDue = false
    var pendingContraction = false
    var lastContraction = Int.min / 2
    var convertedAt = Int.min / 2
    var churnedAt = Int.min / 2
    var cancelDate: CivilDate?
    // Accounts from before the window paid their setup fee before it.
    var hasPaid = preWindow
    var utilisation = 1.0
    var asOfMRR: Int64 = 0
    // As-of snapshot for accounts.csv.
    var snapSeats = seats
    var snapSeatsActive = seats
    var snapPastDue = false
    var snapContract = contract
    var snapCadence = cadence
    var snapTermEnd = termEnd
    var snapCommitted = committedCents
    var snapHasTerm = termLength > 0

    let firstSimulated = max(0, startOffset)
    var idBytes: [UInt8] = [UInt8(ascii: "A")]
    do {
      var tmp = ByteSink()
      tmp.fixed(index + 1, width: idWidth)
      idBytes += tmp.bytes
    }

    func noticeChance(_ c: ContractType, committed: Bool) -> Double {
      switch c {
      case .annual, .multiYear: 0.8
      case .pilot: 0.6
      case .usage: committed ? 0.6 : 0.1
      case .monthly, .unknown: 0.35
      }
    }

    var t = firstSimulated
    monthLoop: while t <= asOfOffset + AccountSimulator.lookAhead {
      defer { t += 1 }
      let isFuture = t > asOfOffset
      if !isActive {
        if isFuture { break }
        let since = t - churnedAt
        let odds = p.reactivationChance * (z > 0 ? 1.5 : 1)
        guard since <= 18 && rng.chance(odds) else { continue }
        isActive = true
        z += 0.3
        cancelDate = nil
        declineMonth = 0
        isDisengaged = false
        isPastDue = false
        seats = max(1, Int((Double(seats) * rng.uniform(0.6, 1.0)).rounded()))
        if contract == .pilot {
          contract = .monthly
          cadence = .monthly
          termLength = 0
          isCommittedTerm = false
        }
        if termLength > 0 { termEnd = t + termLength - 1 }
        if trialStatus == .expired { trialStatus = .converted }
      } else if t > firstSimulated {
        var churns = false
        if isTrialActive {
          if t == trialEndOffset + 1 {
            isTrialActive = false
            if rng.chance(DeterministicMath.sigmoid(p.trialConversionLogit + 1.0 * z)) {
              trialStatus = .converted
              convertedAt = t
            } else {
              trialStatus = .expired
              churns = true
            }
          }
        } else if contract == .pilot && t == termEnd + 1 {
          let penalty = (declineMonth > 0 || isDisengaged) ? 1.5 : 0
          if rng.chance(DeterministicMath.sigmoid(p.pilotConversionLogit + health - penalty)) {
            contract = .annual
            cadence = .annual
            termLength = 12
            termEnd = t + 11
            isCommittedTerm = true
            seats = max(1, Int((Double(seats) * rng.uniform(1.0, 2.0)).rounded()))
            seatCents = Int64((listSeatCents * 0.9).rounded())
          } else {
            churns = true
          }
        } else if isCommittedTerm && t == termEnd + 1 {
          let base = contract == .multiYear ? p.multiYearChurnLogit : p.renewalChurnLogit
          if rng.chance(DeterministicMath.sigmoid(base + risk(t: t, renewal: true))) {
            churns = true
          } else {
            termEnd += termLength
            if pendingContraction {
              seats = max(1, Int((Double(seats) * rng.uniform(0.5, 0.85)).rounded()))
              committedCents = committedCents / 100 * 75
              lastContraction = t
              pendingContraction = false
            } else if !isDisengaged && declineMonth == 0
              && rng.chance(DeterministicMath.sigmoid(p.renewalExpansionLogit + 0.8 * health))
            {
              let grow =
                1
                + rng.uniform(
                  p.renewalExpansionRange.lowerBound, p.renewalExpansionRange.upperBound)
              seats = max(seats + 1, Int((Double(seats) * grow).rounded()))
              usageLevel *= grow
              if committedCents > 0 {
                committedCents = Int64(Double(committedCents) * grow / 100) * 100
              }
            }
          }
        } else if !isCommittedTerm && contract != .pilot {
          let base = contract == .usage ? p.usageChurnLogit : p.monthlyChurnLogit
          churns = rng.chance(DeterministicMath.sigmoid(base + risk(t: t, renewal: false)))
        }
        if churns {
          let gaveNotice =
            trialStatus != .expired
            && rng.chance(noticeChance(contract, committed: committedCents > 0))
          if isFuture {
            if gaveNotice && asOfMRR > 0 {
              cancelDate = CivilDate.firstDay(of: firstMonth.adding(months: t))
            }
            break monthLoop
          }
          isActive = false
          churnedAt = t
          if gaveNotice {
            cancelDate = CivilDate.firstDay(of: firstMonth.adding(months: t))
          } else {
            cancelDate = nil
            // Silent churn is often non-payment.
            if trialStatus != .expired && rng.chance(0.35) { snapPastDue = true }
          }
          continue
        }
      }

      // Health moves; weak accounts fall into declines of 2–6 months.
      drift = 0.8 * drift + 0.3 * rng.normal()
      if declineMonth > 0 {
        declineMonth += 1
        if declineMonth > declineLength {
          declineMonth = 0
          declineEndedAt = t
          isDisengaged = true
          if isCommittedTerm || contract == .pilot {
            pendingContraction = rng.chance(0.6)
          } else if hasSeats && rng.chance(0.5) {
            seats = max(1, Int((Double(seats) * rng.uniform(0.5, 0.85)).rounded()))
            lastContraction = t
          }
        }
      } else if isDisengaged {
        if rng.chance(0.2) { isDisengaged = false }
      } else if !isTrialActive && rng.chance(DeterministicMath.sigmoid(p.declineLogit - z)) {
        declineMonth = 1
        declineLength = rng.int(2...6)
      }
      health =
        z + drift - (declineMonth > 0 ? 0.2 * Double(declineMonth) : 0) - (isDisengaged ? 0.6 : 0)
      let declineLog =
        declineMonth > 0
        ? -0.25 * Double(declineMonth) : isDisengaged ? -0.2 * Double(declineLength) : 0

      if isPastDue {
        if rng.chance(0.45) { isPastDue = false }
      } else {
        let cadenceShift = cadence == .upfront || cadence == .annual ? -0.7 : 0
        let odds = p.pastDueLogit - 0.8 * health + (declineMonth > 0 ? 1.0 : 0) + cadenceShift
        if rng.chance(DeterministicMath.sigmoid(odds)) { isPastDue = true }
      }

      if hasSeats && !isTrialActive && declineMonth == 0 && !isDisengaged && t > firstSimulated {
        let shift = isCommittedTerm ? -0.6 : 0
        if rng.chance(DeterministicMath.sigmoid(p.expansionLogit + shift + 0.7 * health)) {
          let grow = rng.uniform(p.expansionRange.lowerBound, p.expansionRange.upperBound)
          seats += max(1, Int((Double(seats) * grow).rounded()))
        } else if !isCommittedTerm && contract != .pilot && seats > 1 && rng.chance(0.004) {
          seats -= max(1, seats / 4)
          lastContraction = t
        }
      }
      if contract == .usage {
        usageLevel *= DeterministicMath.exp(parameters.usageGrowth + 0.02 * health)
        if usageLevel > 5e11 { usageLevel = 5e11 }
      }

      utilisation = DeterministicMath.sigmoid(1.1 + 0.9 * health)
      let seatsActive = min(seats, max(0, Int((Double(seats) * utilisation).rounded())))
      var units: Double
      if contract == .usage {
        units = usageLevel * DeterministicMath.exp(declineLog + 0.3 * drift)
        units *= rng.logNormal(median: 1, sigma: p.usageSigma)
        if rng.chance(p.usageSpikeChance) { units *= rng.uniform(2, 4) }
        if health < -0.8 && rng.chance(0.04) { units = 0 }
      } else {
        units = Double(seatsActive) * unitsPerSeat * DeterministicMath.exp(0.5 * declineLog)
        units *= rng.logNormal(median: 1, sigma: 0.12)
      }
      let usage = Int64(units.rounded())
      var mrr: Int64
      if contract == .usage {
        mrr = max(committedCents, Int64((units * p.centsPerThousandUnits / 1000).rounded()))
      } else {
        mrr = Int64(seats) * seatCents
      }
      if isTrialActive {
        // Paid trials: a fifth of list price in whole dollars, at most $99; free trials pay 0.
        mrr = isPaidTrial ? min(9_900, max(100, mrr / 500 * 100)) : 0
      }
      var oneTime: Int64 = 0
      if !isTrialActive && !hasPaid {
        hasPaid = true
        if rng.chance(p.setupFeeChance[s]) {
          oneTime +=
            Int64(rng.uniform(p.setupFeeDollars.lowerBound, p.setupFeeDollars.upperBound) / 50)
            * 5_000
        }
      } else if !isTrialActive && rng.chance(p.servicesChance) {
        oneTime +=
          Int64(rng.uniform(p.servicesDollars.lowerBound, p.servicesDollars.upperBound) / 50)
          * 5_000
      }
      if isFuture { continue }
      if mrr > 0 || usage > 0 || oneTime > 0 {
        monthly.bytes.append(contentsOf: idBytes)
        monthly.byte(UInt8(ascii: ","))
        monthly.month(firstMonth.adding(months: t))
        monthly.byte(UInt8(ascii: ","))
        monthly.money(mrr)
        monthly.byte(UInt8(ascii: ","))
        monthly.money(oneTime)
        monthly.byte(UInt8(ascii: ","))
        monthly.integer(usage)
        if writesLogins {
          // Logins follow health and usage declines, with no random draw of their own, so the
          // other columns are the same bytes with or without them.
          let people = hasSeats ? max(1, seatsActive) : 5
          let logins = Double(people) * 15 * DeterministicMath.exp(0.5 * health + declineLog)
          monthly.byte(UInt8(ascii: ","))
          monthly.integer(Int64(logins.rounded()))
        }
        monthly.byte(UInt8(ascii: "\n"))
      }
      if t == asOfOffset {
        asOfMRR = mrr
        totals.mrrCents += mrr
        totals.oneTimeCents += oneTime
      }
      snapSeats = seats
      snapSeatsActive = seatsActive
      snapPastDue = isPastDue
      snapContract = contract
      snapCadence = cadence
      snapTermEnd = termEnd
      snapCommitted = committedCents
      snapHasTerm = termLength > 0
    }

    // accounts.csv row, as of the as-of month.
    accounts.bytes.append(contentsOf: idBytes)
    accounts.byte(UInt8(ascii: ","))
    AccountNames.appendName(index: index, rng: &rng, to: &accounts)
    accounts.byte(UInt8(ascii: ","))
    accounts.text(segment.rawValue)
    accounts.byte(UInt8(ascii: ","))
    accounts.text(snapContract.rawValue)
    accounts.byte(UInt8(ascii: ","))
    accounts.text(snapCadence.rawValue)
    accounts.byte(UInt8(ascii: ","))
    accounts.date(startDate)
    accounts.byte(UInt8(ascii: ","))
    if snapHasTerm { accounts.date(CivilDate.lastDay(of: firstMonth.adding(months: snapTermEnd))) }
    accounts.byte(UInt8(ascii: ","))
    var status = trialStatus
    if let end = trialEndDate, end > CivilDate.lastDay(of: firstMonth.adding(months: asOfOffset)) {
      status = .active
    }
    accounts.text(status.rawValue)
    accounts.byte(UInt8(ascii: ","))
    if let trialEndDate { accounts.date(trialEndDate) }
    accounts.byte(UInt8(ascii: ","))
    if let cancelDate { accounts.date(cancelDate) }
    accounts.byte(UInt8(ascii: ","))
    if hasSeats {
      accounts.integer(Int64(snapSeats))
      accounts.byte(UInt8(ascii: ","))
      accounts.integer(Int64(snapSeatsActive))
    } else {
      accounts.byte(UInt8(ascii: ","))
    }
    accounts.byte(UInt8(ascii: ","))
    accounts.integer(Int64(integrations))
    accounts.byte(UInt8(ascii: ","))
    if snapCommitted > 0 { accounts.money(snapCommitted) }
    accounts.byte(UInt8(ascii: ","))
    accounts.text(snapPastDue ? "true" : "false")
    accounts.byte(UInt8(ascii: "\n"))

    /// Log-odds added to the base churn odds by what the data would show this month.
    func risk(t: Int, renewal: Bool) -> Double {
      var r = -0.8 * health
      if renewal {
        if declineMonth > 0 || isDisengaged { r += 1.8 }
      } else if declineEndedAt == t - 1 {
        r += 2.2
      } else if isDisengaged {
        r += 1.0
      } else if declineMonth >= 2 {
        r += 0.8
      }
      if isPastDue { r += 1.1 }
      if hasSeats && utilisation < 0.45 { r += 0.6 }
      r -= 0.15 * Double(integrations)
      if t - lastContraction <= 3 { r += 0.6 }
      let tenure = t - startOffset
      if tenure < 4 { r += 0.6 }
      if t - convertedAt <= 3 { r += 0.7 }
      if isCommittedTerm && cadence == .monthly { r += 0.3 }
      return r
    }
  }
}
