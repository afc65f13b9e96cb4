// Opening Drive items as the officer's links name them: a link shared before Drive's 2021 security update carries a
// resource key, without which a user who has not opened the item before gets “not found”.
import type { DriveRef } from './ui/shared';

export type DriveFile = GoogleAppsScript.Drive.File;
export type DriveFolder = GoogleAppsScript.Drive.Folder;

export function openFolder(ref: DriveRef): DriveFolder {
  return ref.resourceKey ? DriveApp.getFolderByIdAndResourceKey(ref.id, ref.resourceKey) : DriveApp.getFolderById(ref.id);
}

export function openFile(ref: DriveRef): DriveFile {
  return ref.resourceKey ? DriveApp.getFileByIdAndResourceKey(ref.id, ref.resourceKey) : DriveApp.getFileById(ref.id);
}

/** A Google Sheets file: by id, or through its Drive File when it needs its resource key (openById takes none). */
export function openSpreadsheet(ref: DriveRef): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ref.resourceKey ? SpreadsheetApp.open(openFile(ref)) : SpreadsheetApp.openById(ref.id);
}
