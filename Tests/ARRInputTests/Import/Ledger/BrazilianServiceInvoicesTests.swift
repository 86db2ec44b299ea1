import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-22: a Brazilian NFS-e register (`Tomador`, `Valor dos serviços`, `R$ 2.000,00`,
/// `Situação` = `Cancelada`, dates `01/11/2025` on the 1st) needed four fixes by hand to read.
@Suite struct BrazilianServiceInvoicesTests {
  /// Padaria 2,000 a month (net of ISS withheld 1,900, not read) January to March, March's note
  /// issued twice, the first cancelled. By hand: 2,000 BRL every month.
  static let register = """
    Data de emissão;Número;Situação;Tomador;Discriminação;Valor dos serviços;ISS;Valor líquido
    01/01/2026;501;Normal;Padaria Pão Quente Ltda;Assinatura mensal - plano Pro;R$ 2.000,00;R$ 100,00;R$ 1.900,00
    01/02/2026;502;Normal;Padaria Pão Quente Ltda;Assinatura mensal - plano Pro;R$ 2.000,00;R$ 100,00;R$ 1.900,00
    01/03/2026;503;Cancelada;Padaria Pão Quente Ltda;Assinatura mensal - plano Pro;R$ 2.000,00;R$ 100,00;R$ 1.900,00
    01/03/2026;504;Normal;Padaria Pão Quente Ltda;Assinatura mensal - plano Pro;R$ 2.000,00;R$ 100,00;R$ 1.900,00
    """

  @Test func anNFSeRegisterReads() throws {
    let c = try importLedger(Self.register)
    #expect(c.log.currency == "BRL")
    #expect(c.mrrRow("Padaria Pão Quente Ltda") == [200_000, 200_000, 200_000])
    #expect(
      c.log.notes.contains { $0.contains("read day first") && $0.contains("Data de emissão") })
    #expect(c.log.files[0].recognisedColumns.contains { $0.contains("Valor dos serviços") })
  }

  /// Twin: under an English header the language says nothing: the billing rhythm's guess,
  /// with its finding, as before.
  @Test func anEnglishHeaderSaysNothing() throws {
    let text = Self.register.replacingOccurrences(of: "Data de emissão", with: "Date")
    let c = try importLedger(text)
    #expect(!c.log.notes.contains { $0.contains("read day first") })
    #expect(c.log.findings.contains { $0.contains("nothing in the file decides") })
  }

  @Test func theRealSignIsBRL() throws {
    #expect(CubeMoney.currency("R$ 2.000,00") == "BRL")
    #expect(try CubeMoney.cents("R$ 2.000,00", isDecimalComma: true) == 200_000)
  }
}
