package vn.dnnd.submission.template;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Excel data validation on input cells, so the clerk's Excel refuses a wrong value as it is typed. */
final class TemplateValidations {

    private final XSSFSheet sheet;
    private final XSSFDataValidationHelper helper;

    TemplateValidations(XSSFSheet sheet) {
        this.sheet = sheet;
        this.helper = new XSSFDataValidationHelper(sheet);
    }

    void forValueType(String valueType, int row, int column, String prompt) {
        DataValidationConstraint constraint = switch (valueType) {
            case "integer" -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case "decimal" -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case "percent" -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
            case "boolean" -> helper.createExplicitListConstraint(new String[] {TemplateLayout.YES, TemplateLayout.NO});
            default -> throw new IllegalArgumentException("unknown value type " + valueType);
        };
        String error = switch (valueType) {
            case "integer" -> "Nhập số nguyên không âm (a whole number, 0 or more).";
            case "decimal" -> "Nhập số không âm, dấu phẩy thập phân (a number, 0 or more).";
            case "percent" -> "Nhập số từ 0 đến 100 (a number from 0 to 100).";
            default -> "Chọn Có hoặc Không (choose Có or Không).";
        };
        add(constraint, row, row, column, column, error, prompt);
    }

    void list(String[] choices, int firstRow, int lastRow, int column, String error) {
        add(helper.createExplicitListConstraint(choices), firstRow, lastRow, column, column, error, null);
    }

    void wholeNumber(int firstRow, int lastRow, int column, String min, String max, String error) {
        int operator = max == null ? OperatorType.GREATER_OR_EQUAL : OperatorType.BETWEEN;
        add(helper.createIntegerConstraint(operator, min, max), firstRow, lastRow, column, column, error, null);
    }

    void decimal(int firstRow, int lastRow, int column, String error) {
        add(helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), firstRow, lastRow, column,
                column, error, null);
    }

    void date(int firstRow, int lastRow, int column, String fromFormula, String toFormula, String error) {
        add(helper.createDateConstraint(OperatorType.BETWEEN, fromFormula, toFormula, null), firstRow, lastRow, column,
                column, error, null);
    }

    void textLength(int firstRow, int lastRow, int column, int maxChars, String error) {
        add(helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(maxChars), null), firstRow,
                lastRow, column, column, error, null);
    }

    private void add(DataValidationConstraint constraint, int firstRow, int lastRow, int firstCol, int lastCol,
                     String error, String prompt) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Giá trị không hợp lệ (invalid value)", error);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        if (prompt != null) {
            // Excel limits a prompt to 255 characters.
            validation.createPromptBox("Cách tính (how to count)", prompt.length() > 250 ? prompt.substring(0, 249) + "…" : prompt);
            validation.setShowPromptBox(true);
        }
        sheet.addValidationData(validation);
    }
}
