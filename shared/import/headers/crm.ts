// HubSpot's and Pipedrive's exports, and LinkedIn's Connections.csv (notes above its header).
import type { SourceHeaders } from './types'

export const HUBSPOT: SourceHeaders = {
  tool: 'hubspot',
  headers: {
    'Record ID': null,
    'First Name': 'contact.firstName',
    'Last Name': 'contact.lastName',
    Email: 'contact.email',
    'Phone Number': 'contact.phone',
    'Job Title': 'contact.role',
    'Company Name': 'organization.name',
    // The associated company's name, in contacts exports (the contact's own "Company Name" wins when both)
    'Associated Company': 'organization.name',
    'Country/Region': null,
    'Lifecycle Stage': null,
    'Last Activity Date': null,
    'Company Domain Name': null,
    'Website URL': 'organization.website',
    City: 'organization.city',
    'State/Region': null,
    'Number of Employees': 'organization.employees',
    Industry: 'organization.industryLabel',
    'Contact owner': null,
    'Company owner': null,
    'Lead Status': null,
    'Create Date': null
  }
}

export const PIPEDRIVE: SourceHeaders = {
  tool: 'pipedrive',
  headers: {
    'Person - ID': null,
    'Person - Name': 'contact.fullName',
    'Person - First name': 'contact.firstName',
    'Person - Last name': 'contact.lastName',
    'Person - Label': null,
    'Person - Organization': 'organization.name',
    'Person - Email - Work': 'contact.email',
    'Person - Email - Home': null,
    'Person - Email - Other': null,
    'Person - Phone - Work': 'contact.phone',
    'Person - Phone - Mobile': null,
    'Person - Job title': 'contact.role',
    'Person - Owner': null,
    'Person - Notes': 'contact.notes',
    'Organization - ID': null,
    'Organization - Name': 'organization.name',
    'Organization - Label': null,
    'Organization - Owner': null,
    'Organization - Address': null,
    // Pipedrive's exports name an address's parts "… of Address"
    'Organization - Address - City/town/village/locality of Address': 'organization.city',
    'Organization - Address - State/county of Address': null,
    'Organization - Address - City/town/village/locality': 'organization.city',
    'Organization - Address - State/county': null,
    'Organization - Website': 'organization.website',
    'Organization - Number of employees': 'organization.employees',
    'Organization - People': null
  }
}

export const LINKEDIN: SourceHeaders = {
  tool: 'linkedin',
  headers: {
    'First Name': 'contact.firstName',
    'Last Name': 'contact.lastName',
    URL: null,
    'Email Address': 'contact.email',
    Company: 'organization.name',
    Position: 'contact.role',
    'Connected On': null
  }
}
