// Google Contacts' CSV: the current export, and the legacy « Google CSV » whose "Name" is the full
// name (with "Given Name" and "Family Name" beside it).
import type { SourceHeaders } from './types'

export const GOOGLE: SourceHeaders = {
  tool: 'google',
  headers: {
    'First Name': 'contact.firstName',
    'Middle Name': null,
    'Last Name': 'contact.lastName',
    'Name Prefix': null,
    'Name Suffix': null,
    Nickname: null,
    'File As': null,
    'Organization Name': 'organization.name',
    'Organization Title': 'contact.role',
    'Organization Department': null,
    Birthday: null,
    Notes: 'contact.notes',
    Labels: null,
    'E-mail 1 - Label': null,
    'E-mail 1 - Value': 'contact.email',
    'Phone 1 - Label': null,
    'Phone 1 - Value': 'contact.phone',
    'Address 1 - City': 'organization.city',
    'Address 1 - Region': null,
    'Website 1 - Label': null,
    'Website 1 - Value': 'organization.website'
  }
}

export const GOOGLE_LEGACY: SourceHeaders = {
  tool: 'google-legacy',
  headers: {
    Name: 'contact.fullName',
    'Given Name': 'contact.firstName',
    'Additional Name': null,
    'Family Name': 'contact.lastName',
    'Name Prefix': null,
    'Name Suffix': null,
    Nickname: null,
    Birthday: null,
    Occupation: null,
    Notes: 'contact.notes',
    Language: 'contact.language',
    'Group Membership': null,
    'E-mail 1 - Type': null,
    'E-mail 1 - Value': 'contact.email',
    'Phone 1 - Type': null,
    'Phone 1 - Value': 'contact.phone',
    'Organization 1 - Type': null,
    'Organization 1 - Name': 'organization.name',
    'Organization 1 - Title': 'contact.role',
    'Organization 1 - Department': null,
    'Organization 1 - Location': null,
    'Website 1 - Type': null,
    'Website 1 - Value': 'organization.website'
  }
}
