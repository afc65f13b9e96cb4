// Baseline for the benchmark: exceljs loading the same files and nothing else.
const ExcelJS = require('exceljs');
(async () => {
  for (const f of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
  }
})();
